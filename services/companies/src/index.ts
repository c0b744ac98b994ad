// Runs the companies subgraph on its own (one process per subgraph, as in a container).
import { logger, openDatabase } from '@dm/shared';
import { env, identitySecret } from './env.ts';
import { createCompaniesSubgraph, prepare } from './server.ts';
import { layersFor } from './seed/index.ts';

const database = await openDatabase({ url: env.DATABASE_URL, dataDir: env.DATA_DIR });
await prepare(database, layersFor(env.SEED));
const subgraph = await createCompaniesSubgraph(database, identitySecret());
const running = await subgraph.listen(env.PORT, env.HOST);
logger.info({ url: running.url }, 'companies subgraph ready');

const stop = async () => {
  await running.close();
  await subgraph.apollo.stop();
  await database.close();
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
