import type { BaseContext } from './subgraph.ts';
import { ConfigurationError, isProduction, loadConfig, subgraphEnv } from './config.ts';
import { type DatabaseHandle, openDatabase } from './db.ts';
import { logger } from './logger.ts';
import { developmentSecrets } from './secrets.ts';
import { readTelemetryEnv, startTelemetry } from './telemetry.ts';
import { layersFor, type SeedLayer } from './seed/layers.ts';
import type { Subgraph } from './subgraph.ts';

/** The lock every process takes to migrate and seed: replicas starting together take turns. */
export const PREPARE_LOCK = 'destination-metier:prepare';

export interface SubgraphProcess<C extends BaseContext> {
  name: string;
  defaultPort: number;
  prepare(database: DatabaseHandle, layers: SeedLayer[]): Promise<void>;
  create(database: DatabaseHandle, identitySecret: string): Promise<Subgraph<C> & { stopJobs?: () => Promise<void> }>;
}

const postgresLocation = (err: Record<string, unknown>) =>
  typeof err.address === 'string' ? `${err.address}:${err.port ?? 5432}` : 'the address of DATABASE_URL';

/**
 * What an operator should read when a process cannot start for a reason of theirs to fix (configuration,
 * database, port): one sentence. Null for anything else, which is a fault to report with its stack.
 */
export function startupProblem(err: unknown): string | null {
  if (err instanceof ConfigurationError) return err.message;
  if (!(err instanceof Error)) return null;
  const fields = err as unknown as Record<string, unknown>;
  switch (fields.code) {
    case 'ECONNREFUSED':
      return `Cannot reach PostgreSQL at ${postgresLocation(fields)} (connection refused): is it running, and is DATABASE_URL right?`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `Cannot find the PostgreSQL host ${String(fields.hostname ?? '')} of DATABASE_URL.`;
    case '3D000':
      return `PostgreSQL answers, but ${err.message}: create it (createdb) or fix DATABASE_URL.`;
    case '28P01':
    case '28000':
      return `PostgreSQL refused the user or password of DATABASE_URL (${err.message}).`;
    case 'EADDRINUSE':
      return `Port ${String(fields.port)} is already in use on ${String(fields.address)}: stop the other process or choose another port (PORT, COMPANIES_PORT...).`;
    case 'EACCES':
      if (fields.syscall === 'listen')
        return `Not allowed to listen on port ${String(fields.port)}: choose a port above 1023.`;
      return null;
    default:
      return null;
  }
}

/** Reads a process's configuration, or says in plain words what is wrong with it and exits. */
export function configOrExit<T>(read: () => T): T {
  try {
    return read();
  } catch (err) {
    console.error(startupProblem(err) ?? err);
    process.exit(1);
  }
}

/**
 * Runs a process of the graph: starts it, reports a start-up problem in one sentence (exit 1), and stops
 * it gracefully on SIGTERM or SIGINT (exit 0), never later than its grace period and ten seconds more.
 */
export async function runProcess(start: () => Promise<{ url?: string; stop(): Promise<void> }>, graceMs: number) {
  let running: { url?: string; stop(): Promise<void> };
  try {
    running = await start();
  } catch (err) {
    const problem = startupProblem(err);
    if (problem) console.error(problem);
    else console.error(err);
    process.exit(1);
  }
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping');
    setTimeout(() => {
      logger.error('still stopping after the grace period: exiting');
      process.exit(1);
    }, graceMs + 10_000).unref();
    try {
      await running.stop();
      logger.info('stopped');
      process.exit(0);
    } catch (err) {
      logger.error({ err }, 'stopping failed');
      process.exit(1);
    }
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
  // Run by `npm start` (a child process with an IPC channel): say where it serves, and stop with the parent.
  if (process.send) {
    process.send({ type: 'ready', url: running.url });
    process.once('disconnect', () => void stop('parent gone'));
  }
}

/**
 * Runs one subgraph as its own process (as in a container): configuration validated once, migrations
 * and seed under the prepare lock, then serving until SIGINT or SIGTERM, when it stops taking requests,
 * finishes those in flight, stops its background work and closes its database pool.
 */
export function runSubgraph<C extends BaseContext>(subgraph: SubgraphProcess<C>) {
  const env = configOrExit(() => loadConfig(subgraphEnv(subgraph.defaultPort)));
  configOrExit(readTelemetryEnv);
  const stopTelemetry = startTelemetry(subgraph.name);
  return runProcess(async () => {
    let identitySecret = env.IDENTITY_SECRET;
    if (!identitySecret) {
      if (isProduction()) {
        throw new ConfigurationError('Invalid configuration:\n  - IDENTITY_SECRET: required when NODE_ENV=production');
      }
      identitySecret = developmentSecrets(env.DATA_DIR).identitySecret;
    }
    const database = await openDatabase({
      url: env.DATABASE_URL,
      dataDir: env.DATA_DIR,
      maxConnections: env.DATABASE_POOL_MAX,
    });
    try {
      await database.exclusive(PREPARE_LOCK, () => subgraph.prepare(database, layersFor(env.SEED)));
      const server = await subgraph.create(database, identitySecret);
      const running = await server.listen(env.PORT, env.HOST);
      logger.info({ url: running.url }, `${subgraph.name} subgraph ready`);
      return {
        url: running.url,
        stop: async () => {
          await running.close({ graceMs: env.SHUTDOWN_GRACE_MS, delayMs: env.SHUTDOWN_DELAY_MS });
          await server.apollo.stop();
          await server.stopJobs?.();
          await server.retention.stop();
          await database.close();
          await stopTelemetry();
        },
      };
    } catch (err) {
      await database.close();
      throw err;
    }
  }, env.SHUTDOWN_DELAY_MS + env.SHUTDOWN_GRACE_MS);
}
