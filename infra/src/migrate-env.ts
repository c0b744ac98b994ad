import { seedSetting, z } from '@dm/shared';

/** What the migration job reads: the database, and which seed layers to load (as the subgraphs would). */
export const migrateEnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: z.url(),
  SEED: seedSetting,
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});
