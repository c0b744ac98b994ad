import { createSubgraph, subgraphFiles, type DatabaseHandle, type SeedLayer } from '@dm/shared';
import { webhookFeedRoutes } from '@dm/shared/webhooks';
import { type MailEnv, pageUrl, readMailEnv, withMailSender } from '@dm/shared/mail';
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
  cafeUrl: (id) => pageUrl(env.PARENTS_CAFE_URL, id),
});

/** Brings the subgraph's schema up to date and loads the seed layers not loaded yet. */
export async function prepare(database: DatabaseHandle, layers: SeedLayer[]) {
  await files.migrate(database);
  await seed(database.db, layers);
}

/**
 * Builds the people subgraph over an open database, without listening, with its background jobs
 * (reminders, expiries, mail), which stop when its server closes.
 */
export async function createPeopleSubgraph(
  database: DatabaseHandle,
  identitySecret: string,
  env: MailEnv = readMailEnv(),
) {
  const mail = mailSettings(env);
  const subgraph = await createSubgraph<Context>({
    name,
    typeDefs,
    resolvers,
    database,
    identitySecret,
    auditTable: auditEntry,
    purge: purgePeople,
    // The webhook hub (access) takes the changes recorded here.
    routes: webhookFeedRoutes(database, webhookEvent, identitySecret),
    createContext: (base) => {
      const now = new Date();
      return { ...base, now, mail, loaders: createLoaders(base.db, now) };
    },
  });
  const jobs = startPeopleJobs(database.db, env, mail);
  return { ...withMailSender(subgraph, jobs), jobs, stopJobs: jobs.stop };
}
