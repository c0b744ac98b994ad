import { createSubgraph, stoppingWith, subgraphFiles, type DatabaseHandle, type SeedLayer } from '@dm/shared';
import { type ErasureEnv, followErasures, readErasureEnv } from './erasures.ts';

export { type ErasureEnv, readErasureEnv } from './erasures.ts';
import { webhookFeedRoutes } from '@dm/shared/webhooks';
import { type MailEnv, pageUrl, readMailEnv, startMailSender, withMailSender } from '@dm/shared/mail';
import type { Context } from './context.ts';
import { createLoaders } from './loaders.ts';
import { auditEntry, outbox, webhookEvent } from './db/schema.ts';
import { purgeEvents } from './store/retention.ts';
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
  options: { peopleUrl?: () => string; erasures?: ErasureEnv } = {},
) {
  const mail = { eventUrl: (id: string) => pageUrl(env.EVENT_URL, id) };
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
      return { ...base, now, mail, loaders: createLoaders(base.db, now) };
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
    ...stoppingWith(withMailSender(subgraph, startMailSender({ name, db: database.db, outbox, env })), erasures),
    erasures,
  };
}
