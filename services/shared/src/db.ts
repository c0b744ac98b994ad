import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import { databasePoolSize } from './metrics.ts';
import { observedPglite, observedPostgres } from './telemetry.ts';

/** The one database type subgraphs see, whichever driver is underneath. */
export type Database = PgDatabase<PgQueryResultHKT>;
export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];

export interface DatabaseHandle {
  kind: 'pglite' | 'postgres';
  db: Database;
  /** Applies one subgraph's drizzle migrations, tracked in that subgraph's own schema. */
  migrate(options: { folder: string; schema: string }): Promise<void>;
  ping(): Promise<void>;
  /**
   * Runs `work` while holding a database-wide lock named `name`: replicas starting together on an empty
   * database migrate and seed one after the other instead of racing on `CREATE SCHEMA`.
   */
  exclusive<T>(name: string, work: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** postgres:// URL: use PostgreSQL through postgres.js. */
  url?: string;
  /** Folder for the embedded PGlite database; in memory when absent. */
  dataDir?: string;
  /** postgres.js pool size. */
  maxConnections?: number;
  /** Called for every SQL statement drizzle sends (statement counts in tests and benchmarks). */
  onQuery?: (query: string) => void;
}

/**
 * Opens the database: PostgreSQL when a URL is given, embedded PGlite otherwise.
 * Open it once per process and hand it to every subgraph served by that process: PGlite holds
 * its folder exclusively and costs hundreds of megabytes per instance.
 */
export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  if (options.url) {
    const max = options.maxConnections ?? 10;
    const client = postgres(options.url, { max, onnotice: () => {} });
    databasePoolSize.set(max);
    // Statements are traced (a span each, in the request's trace) and counted for `/metrics`.
    const db = drizzlePostgres({
      client: observedPostgres(client),
      casing: 'snake_case',
      logger: queryLogger(options),
    });
    return {
      kind: 'postgres',
      db: db as unknown as Database,
      migrate: ({ folder, schema }) => migratePostgres(db, { migrationsFolder: folder, migrationsSchema: schema }),
      ping: async () => {
        await client`select 1`;
      },
      exclusive: async (name, work) => {
        // A session-level advisory lock lives on one connection: reserve it for the duration.
        const connection = await client.reserve();
        try {
          await connection`select pg_advisory_lock(hashtext(${name}))`;
          try {
            return await work();
          } finally {
            await connection`select pg_advisory_unlock(hashtext(${name}))`;
          }
        } finally {
          connection.release();
        }
      },
      close: () => client.end({ timeout: 5 }),
    };
  }
  let dataDir: string | undefined;
  if (options.dataDir) {
    dataDir = resolve(join(options.dataDir, 'pglite'));
    mkdirSync(dataDir, { recursive: true });
  }
  const client = await PGlite.create(dataDir, { extensions: { pg_trgm } });
  databasePoolSize.set(1);
  const db = drizzlePglite({ client: observedPglite(client), casing: 'snake_case', logger: queryLogger(options) });
  return {
    kind: 'pglite',
    db: db as unknown as Database,
    migrate: ({ folder, schema }) => migratePglite(db, { migrationsFolder: folder, migrationsSchema: schema }),
    ping: async () => {
      await client.query('select 1');
    },
    // PGlite holds its folder for this process alone: nothing to race with.
    exclusive: (_name, work) => work(),
    close: () => client.close(),
  };
}

const queryLogger = (options: DatabaseOptions) =>
  options.onQuery ? { logQuery: (query: string) => options.onQuery?.(query) } : undefined;
