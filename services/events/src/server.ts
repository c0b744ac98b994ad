import { createSubgraph, subgraphFiles, type DatabaseHandle, type SeedLayer } from '@dm/shared';
import type { Context } from './context.ts';
import { createLoaders } from './loaders.ts';
import { auditEntry } from './db/schema.ts';
import { purgeEvents } from './store/retention.ts';
import { resolvers } from './resolvers/index.ts';
import { seed } from './seed/index.ts';

const files = subgraphFiles(import.meta.url, 'events');
export const { name, typeDefs } = files;

/** Brings the subgraph's schema up to date and loads the seed layers not loaded yet. */
export async function prepare(database: DatabaseHandle, layers: SeedLayer[]) {
  await files.migrate(database);
  await seed(database.db, layers);
}

/** Builds the events subgraph over an open database, without listening. */
export function createEventsSubgraph(database: DatabaseHandle, identitySecret: string) {
  return createSubgraph<Context>({
    name,
    typeDefs,
    resolvers,
    database,
    identitySecret,
    auditTable: auditEntry,
    purge: purgeEvents,
    createContext: (base) => {
      const now = new Date();
      return { ...base, now, loaders: createLoaders(base.db, now) };
    },
  });
}
