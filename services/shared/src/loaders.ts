import DataLoader from 'dataloader';
import { and, type SQL, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Database } from './db.ts';
import { validIds } from './validation.ts';

interface Prepared<R> {
  execute(values?: Record<string, unknown>): Promise<R[]>;
}
const statements = new WeakMap<Database, Map<string, Prepared<unknown>>>();

/**
 * A statement built once per database (so once per process) and prepared under its name, then only
 * executed: no SQL text is built again per call, and PostgreSQL plans it once per connection.
 */
export function prepared<R>(db: Database, name: string, build: () => { prepare(name: string): Prepared<R> }) {
  let byName = statements.get(db);
  if (!byName) statements.set(db, (byName = new Map()));
  let statement = byName.get(name) as Prepared<R> | undefined;
  if (!statement) {
    statement = build().prepare(name);
    byName.set(name, statement as Prepared<unknown>);
  }
  return statement;
}

/**
 * The keys of a loader batch as one array parameter (`column = any(${keyList()})`): the statement's text
 * stays the same whatever the number of keys, where `in ($1, $2, …)` would be a new statement each time.
 */
export const keyList = (type: 'uuid' | 'text' = 'uuid'): SQL => sql`${sql.placeholder('keys')}::${sql.raw(type)}[]`;

/**
 * The rows for a loader batch, by a prepared statement whose `keys` placeholder (see `keyList`) receives
 * the batch, and whose other placeholders receive `values`.
 */
export function byKeys<R>(db: Database, name: string, build: () => { prepare(name: string): Prepared<R> }) {
  const statement = prepared(db, name, build);
  return (keys: readonly string[], values: Record<string, unknown> = {}): Promise<R[]> =>
    keys.length === 0 ? Promise.resolve([]) : statement.execute({ ...values, keys: [...keys] });
}

/**
 * The rows of `table` whose `column` is one of a batch's keys (and that meet `where`), in `order`: the
 * common loader statement, prepared once (see `byKeys`).
 */
export function rowsOf<T extends PgTable>(
  db: Database,
  name: string,
  table: T,
  column: PgColumn,
  options: { order?: (PgColumn | SQL)[]; where?: SQL } = {},
) {
  const type = column.getSQLType() === 'uuid' ? 'uuid' : 'text';
  return byKeys<T['$inferSelect']>(
    db,
    name,
    () =>
      db
        .select()
        .from(table as PgTable)
        .where(and(sql`${column} = any(${keyList(type)})`, options.where))
        .orderBy(...(options.order ?? [])) as unknown as {
        prepare(name: string): Prepared<T['$inferSelect']>;
      },
  );
}

/**
 * A per-request loader of one row per key: one query for all the keys a request asks for
 * (no N+1), `null` for keys that do not exist.
 */
export function rowLoader<K, R>(fetch: (keys: readonly K[]) => Promise<R[]>, keyOf: (row: R) => K) {
  return new DataLoader<K, R | null>(async (keys) => {
    const rows = await fetch(keys);
    const byKey = new Map(rows.map((row) => [keyOf(row), row] as const));
    return keys.map((key) => byKey.get(key) ?? null);
  });
}

/**
 * A per-request loader of rows by their UUID `id` (entity references included): one query for all the ids,
 * `null` for an id that is malformed (asked nothing) or names no row.
 */
export function idLoader<R extends { id: string }>(fetch: (ids: string[]) => Promise<R[]>) {
  return rowLoader(
    (ids: readonly string[]) => fetch(validIds(ids)),
    (row) => row.id,
  );
}

/** A per-request loader of the rows that belong to each key (a one-to-many relation). */
export function groupLoader<K, R>(fetch: (keys: readonly K[]) => Promise<R[]>, keyOf: (row: R) => K) {
  return new DataLoader<K, R[]>(async (keys) => {
    const rows = await fetch(keys);
    const groups = new Map<K, R[]>();
    for (const row of rows) {
      const key = keyOf(row);
      const group = groups.get(key);
      if (group) group.push(row);
      else groups.set(key, [row]);
    }
    return keys.map((key) => groups.get(key) ?? []);
  });
}

/**
 * After a write, what the request loaded before is stale: forget it so the answer shows the change.
 * Clears every loader of the request's loader object (and those kept in a Map, for per-argument loaders).
 */
export function forgetLoaded(loaders: object) {
  for (const value of Object.values(loaders)) {
    if (value instanceof DataLoader) value.clearAll();
    else if (value instanceof Map)
      for (const inner of value.values()) if (inner instanceof DataLoader) inner.clearAll();
  }
}

/** Wraps a subgraph's mutation resolvers so each one forgets the request's loaded rows once it has written. */
export function forgettingAfterWrites<T extends object>(mutations: T): T {
  return Object.fromEntries(
    Object.entries(mutations).map(([name, resolve]) => [
      name,
      async (parent: unknown, args: unknown, ctx: { loaders: object }, info: unknown) => {
        const result = await resolve(parent, args, ctx, info);
        forgetLoaded(ctx.loaders);
        return result;
      },
    ]),
  ) as T;
}
