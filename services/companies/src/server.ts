import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createSubgraph, type DatabaseHandle, type SeedLayer, todayInParis } from '@dm/shared';
import { parse } from 'graphql';
import type { Context } from './context.ts';
import { createLoaders } from './loaders.ts';
import { auditEntry } from './db/schema.ts';
import { purgeCompanies } from './store/retention.ts';
import { resolvers } from './resolvers/index.ts';
import { seed } from './seed/index.ts';

export const name = 'companies';
export const schemaFile = fileURLToPath(new URL('../schema.graphql', import.meta.url));
export const migrationsFolder = fileURLToPath(new URL('../drizzle', import.meta.url));
export const typeDefs = parse(readFileSync(schemaFile, 'utf8'));

/** Brings the subgraph's schema up to date and loads the seed layers not loaded yet. */
export async function prepare(database: DatabaseHandle, layers: SeedLayer[]) {
  await database.migrate({ folder: migrationsFolder, schema: name });
  await seed(database.db, layers);
}

/** Builds the companies subgraph over an open database, without listening. */
export function createCompaniesSubgraph(database: DatabaseHandle, identitySecret: string) {
  return createSubgraph<Context>({
    name,
    typeDefs,
    resolvers,
    db: database.db,
    identitySecret,
    auditTable: auditEntry,
    purge: purgeCompanies,
    ready: database.ping,
    createContext: (base) => ({ ...base, loaders: createLoaders(base.db), today: todayInParis() }),
  });
}
