import {
  createSubgraph,
  entityChecker,
  type PeerName,
  readPeerEnv,
  stoppingWith,
  subgraphFiles,
  type DatabaseHandle,
  type SeedLayer,
} from '@dm/shared';
import { type ErasureEnv, followErasures, readErasureEnv } from './erasures.ts';

export { erasureEnvSchema, type ErasureEnv, readErasureEnv } from './erasures.ts';
import { webhookFeedRoutes } from '@dm/shared/webhooks';
import { type MailEnv, pageUrl, readMailEnv, startMailSender, withMailSender } from '@dm/shared/mail';
import type { Context } from './context.ts';
import { createLoaders } from './loaders.ts';
import { auditEntry, outbox, webhookEvent } from './db/schema.ts';
import { purgeEvents } from './store/retention.ts';
import { queueReminders } from './store/notifications.ts';
import { releaseExpiredHolds } from './store/registrations.ts';
import type { MailLinks } from './mail/notices.ts';
import { resolvers } from './resolvers/index.ts';
import { seed } from './seed/index.ts';

const files = subgraphFiles(import.meta.url, 'events');
export const { name, typeDefs } = files;

/** Brings the subgraph's schema up to date and loads the seed layers not loaded yet. */
export async function prepare(database: DatabaseHandle, layers: SeedLayer[]) {
  await files.migrate(database);
  await seed(database.db, layers);
}

/**
 * Builds the events subgraph over an open database, without listening, with its mail sender, which
 * stops when its server closes.
 */
export async function createEventsSubgraph(
  database: DatabaseHandle,
  identitySecret: string,
  env: MailEnv = readMailEnv(),
  options: { peopleUrl?: () => string; erasures?: ErasureEnv; peers?: () => Partial<Record<PeerName, string>> } = {},
) {
  const mail: MailLinks = {
    eventUrl: (id) => pageUrl(env.EVENT_URL, id),
    cafeUrl: (id) => pageUrl(env.PARENTS_CAFE_URL, id),
    registrationUrl: (id, action, token) =>
      `${pageUrl(env.REGISTRATION_URL, id)}?${action}=${encodeURIComponent(token)}`,
  };
  const peerEnv = readPeerEnv();
  const requireEntity = entityChecker(
    options.peers ?? (() => ({ companies: peerEnv.COMPANIES_URL, people: peerEnv.PEOPLE_URL })),
    identitySecret,
    peerEnv.PEER_TIMEOUT_MS,
  );
  const subgraph = await createSubgraph<Context>({
    name,
    typeDefs,
    resolvers,
    database,
    identitySecret,
    auditTable: auditEntry,
    purge: purgeEvents,
    // The webhook hub (access) takes the changes recorded here.
    routes: webhookFeedRoutes(database, webhookEvent, identitySecret),
    createContext: (base) => {
      const now = new Date();
      return { ...base, now, mail, loaders: createLoaders(base.db, now), requireEntity };
    },
  });
  const erasureEnv = options.erasures ?? readErasureEnv();
  const erasures = followErasures(
    database.db,
    options.peopleUrl ?? (() => erasureEnv.PEOPLE_URL),
    identitySecret,
    erasureEnv.ERASURE_SYNC_MS,
  );
  return {
    ...stoppingWith(
      withMailSender(
        subgraph,
        // Each round first releases the holds whose address was not confirmed in time (the waitlist moves),
        // then queues the reminders of the day before, then sends.
        startMailSender({
          name,
          db: database.db,
          outbox,
          env,
          before: async (now) => ({
            released: await releaseExpiredHolds(database.db, now, mail),
            reminded: await queueReminders(database.db, now, mail),
          }),
        }),
      ),
      erasures,
    ),
    erasures,
  };
}
