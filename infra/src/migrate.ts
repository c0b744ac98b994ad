// The migration job (Kubernetes runs it before each rollout): every subgraph's migrations and seed, under the
// prepare lock, then exit. The subgraphs still check at start-up, and find nothing left to do.
import { prepare as prepareAccess } from '@dm/access';
import { prepare as prepareCompanies } from '@dm/companies';
import { prepare as prepareEvents } from '@dm/events';
import { prepare as preparePeople } from '@dm/people';
import {
  configOrExit,
  layersFor,
  loadConfig,
  logger,
  openDatabase,
  PREPARE_LOCK,
  seedFor,
  startupProblem,
} from '@dm/shared';
import { migrateEnvSchema } from './migrate-env.ts';

const env = configOrExit(() => loadConfig(migrateEnvSchema));
const database = await openDatabase({ url: env.DATABASE_URL, maxConnections: 2 });
try {
  const started = Date.now();
  const layers = layersFor(seedFor(env.SEED, env.NODE_ENV));
  await database.exclusive(PREPARE_LOCK, async () => {
    await prepareCompanies(database, layers);
    await prepareEvents(database, layers);
    await preparePeople(database, layers);
    await prepareAccess(database);
  });
  logger.info({ ms: Date.now() - started }, 'migrations applied');
  await database.close();
} catch (err) {
  console.error(startupProblem(err) ?? err);
  await database.close();
  process.exit(1);
}
