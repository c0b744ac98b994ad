import {
  createSubgraph,
  entityChecker,
  type PeerName,
  readPeerEnv,
  referentContacts,
  subgraphFiles,
  todayInParis,
  type DatabaseHandle,
  type SeedLayer,
} from '@dm/shared';
import { webhookFeedRoutes } from '@dm/shared/webhooks';
import { type MailEnv, pageUrl, readMailEnv, startMailSender, withMailSender } from '@dm/shared/mail';
import type { Context } from './context.ts';
import { createLoaders } from './loaders.ts';
import { auditEntry, outbox, webhookEvent } from './db/schema.ts';
import { purgeCompanies } from './store/retention.ts';
import { resolvers } from './resolvers/index.ts';
import type { CompaniesMailSettings } from './mail/notices.ts';
import { sweepImmersionRequests } from './store/immersions.ts';
import { sweepExpiringCharters } from './store/charters.ts';
import { seed } from './seed/index.ts';

const files = subgraphFiles(import.meta.url, 'companies');
export const { name, typeDefs } = files;

/** Brings the subgraph's schema up to date and loads the seed layers not loaded yet. */
export async function prepare(database: DatabaseHandle, layers: SeedLayer[]) {
  await files.migrate(database);
  await seed(database.db, layers);
}

/**
 * Builds the companies subgraph over an open database, without listening, with its mail sender, which
 * stops when its server closes.
 */
export async function createCompaniesSubgraph(
  database: DatabaseHandle,
  identitySecret: string,
  env: MailEnv = readMailEnv(),
  options: {
    peers?: () => Partial<Record<PeerName, string>>;
    /** What time it is: the system clock, or a test's (requests, agreements and assessments depend on the day). */
    clock?: () => Date;
  } = {},
) {
  const clock = options.clock ?? (() => new Date());
  const mail: CompaniesMailSettings = {
    offerUrl: (id) => pageUrl(env.IMMERSION_OFFER_URL, id),
    answerUrl: (id) => pageUrl(env.IMMERSION_ANSWER_URL, id),
    signUrl: (token) => pageUrl(env.AGREEMENT_SIGN_URL, token),
    charterUrl: (id) => pageUrl(env.CHARTER_URL, id),
    fallbackAddress: env.CONTACT_FALLBACK_EMAIL,
  };
  const peerEnv = readPeerEnv();
  const peers = options.peers ?? (() => ({ people: peerEnv.PEOPLE_URL }));
  const requireEntity = entityChecker(peers, identitySecret, peerEnv.PEER_TIMEOUT_MS);
  // Charters about to expire are told to their referent, whose address the people subgraph keeps.
  const referents = referentContacts(() => peers().people, identitySecret, peerEnv.PEER_TIMEOUT_MS);
  const subgraph = await createSubgraph<Context>({
    name,
    typeDefs,
    resolvers,
    database,
    identitySecret,
    auditTable: auditEntry,
    purge: purgeCompanies,
    // The webhook hub (access) takes the changes recorded here.
    routes: webhookFeedRoutes(database, webhookEvent, identitySecret),
    createContext: (base) => {
      const now = clock();
      return { ...base, loaders: createLoaders(base.db, now), now, today: todayInParis(now), mail, requireEntity };
    },
  });
  // Each round recalls and expires unanswered requests, tells charters about to expire, then sends what the
  // outbox holds.
  const jobs = startMailSender({
    name,
    db: database.db,
    outbox,
    env,
    before: async (now) => ({
      ...(await sweepImmersionRequests(database.db, now, mail)),
      ...(await sweepExpiringCharters(database.db, now, mail, referents)),
    }),
  });
  return withMailSender(subgraph, jobs);
}
