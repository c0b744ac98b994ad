import { createSubgraph, loadConfig, subgraphFiles, type DatabaseHandle, type SeedLayer, z } from '@dm/shared';
import type { Context } from './context.ts';
import { startPeopleJobs } from './jobs.ts';
import { createLoaders } from './loaders.ts';
import { createMailer } from './mail/mailer.ts';
import { auditEntry } from './db/schema.ts';
import { purgePeople } from './store/retention.ts';
import { resolvers } from './resolvers/index.ts';
import { seed } from './seed/index.ts';
import type { MailSettings } from './store/contacts.ts';

const files = subgraphFiles(import.meta.url, 'people');
export const { name, typeDefs } = files;

/** Mail settings of the people subgraph, validated once. */
export const readMailEnv = (env: NodeJS.ProcessEnv = process.env) =>
  loadConfig(
    z.object({
      SMTP_URL: z
        .string()
        .regex(/^smtps?:\/\//, 'an smtp:// or smtps:// URL')
        .optional(),
      MAIL_FROM: z.string().default('Destination Métier <ne-pas-repondre@destination-metier.invalid>'),
      CONTACT_FALLBACK_EMAIL: z.email().default('contact@destination-metier.invalid'),
      ANSWER_URL: z.string().default('http://localhost:4000/demandes/{id}'),
      MAIL_INTERVAL_MS: z.coerce.number().int().min(100).default(30_000),
    }),
    env,
  );
export type MailEnv = ReturnType<typeof readMailEnv>;

const mailSettings = (env: MailEnv): MailSettings => ({
  fallbackAddress: env.CONTACT_FALLBACK_EMAIL,
  answerUrl: (id) => env.ANSWER_URL.replace('{id}', id),
});

/** Brings the subgraph's schema up to date and loads the seed layers not loaded yet. */
export async function prepare(database: DatabaseHandle, layers: SeedLayer[]) {
  await files.migrate(database);
  await seed(database.db, layers);
}

/** Builds the people subgraph over an open database, without listening, with its background jobs. */
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
    createContext: (base) => {
      const now = new Date();
      return { ...base, now, mail, loaders: createLoaders(base.db, now) };
    },
  });
  const jobs = startPeopleJobs(
    database.db,
    createMailer({ smtpUrl: env.SMTP_URL, from: env.MAIL_FROM }),
    mail,
    env.MAIL_INTERVAL_MS,
  );
  return { ...subgraph, jobs, stopJobs: jobs.stop };
}
