import {
  createSubgraph,
  entityChecker,
  type PeerName,
  readPeerEnv,
  subgraphFiles,
  type DatabaseHandle,
  type SeedLayer,
} from '@dm/shared';
import { webhookFeedRoutes } from '@dm/shared/webhooks';
import { type MailEnv, pageUrl, readMailEnv, withMailSender } from '@dm/shared/mail';
import { companyPlaces } from './companyPlaces.ts';
import { referentContactsRoute } from './referentContacts.ts';
import type { Context } from './context.ts';
import { startPeopleJobs } from './jobs.ts';
import { createLoaders } from './loaders.ts';
import { auditEntry, webhookEvent } from './db/schema.ts';
import { purgePeople } from './store/retention.ts';
import { resolvers } from './resolvers/index.ts';
import { seed } from './seed/index.ts';
import type { MailSettings } from './store/contacts.ts';

const files = subgraphFiles(import.meta.url, 'people');
export const { name, typeDefs } = files;

/** The mail settings are the same for every subgraph (see `@dm/shared/mail`). */
export { type MailEnv, readMailEnv } from '@dm/shared/mail';

const mailSettings = (env: MailEnv): MailSettings => ({
  fallbackAddress: env.CONTACT_FALLBACK_EMAIL,
  answerUrl: (id) => pageUrl(env.ANSWER_URL, id),
  confirmUrl: (token) => pageUrl(env.CONTACT_CONFIRM_URL, token),
});

/** Brings the subgraph's schema up to date and loads the seed layers not loaded yet. */
export async function prepare(database: DatabaseHandle, layers: SeedLayer[]) {
  await files.migrate(database);
  await seed(database.db, layers);
}

/**
 * Builds the people subgraph over an open database, without listening, with its background jobs
 * (reminders, expiries, mail), which stop when its server closes. It asks the companies subgraph (`COMPANIES_URL`,
 * or `options.companiesUrl`) where a company is when someone asks to contact it.
 */
export async function createPeopleSubgraph(
  database: DatabaseHandle,
  identitySecret: string,
  env: MailEnv = readMailEnv(),
  options: { peers?: () => Partial<Record<PeerName, string>> } = {},
) {
  const mail = mailSettings(env);
  const peerEnv = readPeerEnv();
  const peers = options.peers ?? (() => ({ companies: peerEnv.COMPANIES_URL }));
  const requireEntity = entityChecker(peers, identitySecret, peerEnv.PEER_TIMEOUT_MS);
  // Where a company is (contact requests to a company count in its department), asked of the same peer.
  const places = companyPlaces(() => peers().companies ?? peerEnv.COMPANIES_URL, identitySecret);
  const subgraph = await createSubgraph<Context>({
    name,
    typeDefs,
    resolvers,
    database,
    identitySecret,
    auditTable: auditEntry,
    purge: purgePeople,
    // The webhook hub (access) takes the changes recorded here; the companies' notices ask referents' addresses.
    routes: [
      ...webhookFeedRoutes(database, webhookEvent, identitySecret),
      referentContactsRoute(database, identitySecret),
    ],
    createContext: (base) => {
      const now = new Date();
      return { ...base, now, mail, companyPlaces: places, loaders: createLoaders(base.db, now), requireEntity };
    },
  });
  const jobs = startPeopleJobs(database.db, env, mail);
  return { ...withMailSender(subgraph, jobs), jobs, stopJobs: jobs.stop };
}
