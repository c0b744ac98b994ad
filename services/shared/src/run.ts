import type { BaseContext } from './subgraph.ts';
import { isProduction, loadConfig, subgraphEnv } from './config.ts';
import { type DatabaseHandle, openDatabase } from './db.ts';
import { logger } from './logger.ts';
import { developmentSecrets } from './secrets.ts';
import { layersFor, type SeedLayer } from './seed/layers.ts';
import type { Subgraph } from './subgraph.ts';

export interface SubgraphProcess<C extends BaseContext> {
  name: string;
  defaultPort: number;
  prepare(database: DatabaseHandle, layers: SeedLayer[]): Promise<void>;
  create(database: DatabaseHandle, identitySecret: string): Promise<Subgraph<C>>;
}

/**
 * Runs one subgraph as its own process (as in a container): configuration validated once, migrations
 * and seed, then serving until SIGINT or SIGTERM.
 */
export async function runSubgraph<C extends BaseContext>(subgraph: SubgraphProcess<C>) {
  const env = loadConfig(subgraphEnv(subgraph.defaultPort));
  let identitySecret = env.IDENTITY_SECRET;
  if (!identitySecret) {
    if (isProduction())
      throw new Error('Invalid configuration:\n  - IDENTITY_SECRET: required when NODE_ENV=production');
    identitySecret = developmentSecrets(env.DATA_DIR).identitySecret;
  }
  const database = await openDatabase({ url: env.DATABASE_URL, dataDir: env.DATA_DIR });
  await subgraph.prepare(database, layersFor(env.SEED));
  const server = await subgraph.create(database, identitySecret);
  const running = await server.listen(env.PORT, env.HOST);
  logger.info({ url: running.url }, `${subgraph.name} subgraph ready`);
  const stop = async () => {
    await running.close();
    await server.apollo.stop();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
