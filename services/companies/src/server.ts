import { createSubgraph, subgraphFiles, todayInParis, type DatabaseHandle, type SeedLayer } from '@dm/shared';
import { webhookFeedRoutes } from '@dm/shared/webhooks';
import { type MailEnv, pageUrl, readMailEnv, startMailSender, withMailSender } from '@dm/shared/mail';
import type { Context } from './context.ts';
import { createLoaders } from './loaders.ts';
import { auditEntry, outbox, webhookEvent } from './db/schema.ts';
import { purgeCompanies } from './store/retention.ts';
import { resolvers } from './resolvers/index.ts';
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
) {
  const mail = { offerUrl: (id: string) => pageUrl(env.IMMERSION_OFFER_URL, id) };
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
      const now = new Date();
      return { ...base, loaders: createLoaders(base.db), now, today: todayInParis(now), mail };
    },
  });
  return withMailSender(subgraph, startMailSender({ name, db: database.db, outbox, env }));
}
