import { inArray, sql } from 'drizzle-orm';
import { type PgSchema, text, timestamp } from 'drizzle-orm/pg-core';
import type { Database } from '../db.ts';
import { logger } from '../logger.ts';

/** Seed data comes in layers: the facts of the source documents, and demonstration data on top. */
export type SeedLayer = 'facts' | 'demo';

/** `SEED=demo` (default) loads facts and demonstration data, `facts` only the facts, `none` nothing. */
export const layersFor = (setting: 'facts' | 'demo' | 'none'): SeedLayer[] =>
  setting === 'none' ? [] : setting === 'facts' ? ['facts'] : ['facts', 'demo'];

/** Each subgraph records the layers it loaded in its own schema. */
export const seedRunTable = (schema: PgSchema) =>
  schema.table('seed_run', {
    layer: text().primaryKey(),
    appliedAt: timestamp({ withTimezone: true })
      .notNull()
      .default(sql`date_trunc('milliseconds', now())`),
  });

/**
 * Loads each layer once: a layer is recorded in `seed_run` in the same transaction as its rows, so a
 * restart never loads it twice and a failed load leaves nothing behind. Data added to a layer after its first
 * release goes in a layer of its own (`facts:places`), so databases seeded before get it once too.
 */
export async function loadSeedLayers<L extends string = SeedLayer>(
  db: Database,
  runs: ReturnType<typeof seedRunTable>,
  layers: readonly L[],
  load: (tx: Database, layer: L) => Promise<void>,
  subgraph: string,
) {
  if (layers.length === 0) return;
  const done = new Set((await db.select().from(runs).where(inArray(runs.layer, layers))).map((r) => r.layer));
  for (const layer of layers) {
    if (done.has(layer)) continue;
    await db.transaction(async (tx) => {
      const claimed = await tx.insert(runs).values({ layer }).onConflictDoNothing().returning();
      if (claimed.length === 0) return; // another process loaded it meanwhile
      await load(tx, layer);
    });
    logger.info({ subgraph, layer }, 'seed layer loaded');
  }
}
