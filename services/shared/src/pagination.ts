import { and, asc, count, desc, type SQL, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Database } from './db.ts';
import { badInput } from './errors.ts';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** `first` as the contract defines it: default 20, at most 100, never negative. */
export function pageSize(first: number | null | undefined, field = 'first'): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0)
    throw badInput(field, `${field} must be a whole number from 0 to ${MAX_PAGE_SIZE}`);
  if (first > MAX_PAGE_SIZE) throw badInput(field, `${field} must be at most ${MAX_PAGE_SIZE}`);
  return first;
}

export type CursorValue = string | number | null;

/** Opaque cursors: the keyset position of the row, so pages stay stable while rows are added. */
export const encodeCursor = (values: CursorValue[]) => Buffer.from(JSON.stringify(values)).toString('base64url');

export function decodeCursor(
  cursor: string | null | undefined,
  arity: number,
  field = 'after',
): CursorValue[] | undefined {
  if (cursor === null || cursor === undefined) return undefined;
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(values) &&
      values.length === arity &&
      values.every((v) => v === null || typeof v === 'string' || typeof v === 'number')
    ) {
      return values;
    }
  } catch {
    // fall through to the client error
  }
  throw badInput(field, `${field} is not a cursor of this list`);
}

/**
 * `(a, b) > ($1, $2)`: the rows after the cursor, for an order on the same columns, all ascending or
 * all descending.
 */
export function afterKeyset(
  columns: SQL[],
  values: CursorValue[] | undefined,
  direction: 'asc' | 'desc' = 'asc',
): SQL | undefined {
  if (!values) return undefined;
  const operator = direction === 'asc' ? sql`>` : sql`<`;
  return sql`(${sql.join(columns, sql`, `)}) ${operator} (${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )})`;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null; hasPreviousPage: boolean; startCursor: string | null };
  /** Counted only when the client asks for it (graphql-js calls the function). */
  totalCount: () => Promise<number>;
}

/**
 * Builds a Relay connection from `first + 1` fetched rows: the extra row only tells whether
 * there is a next page.
 */
export function connection<T>(
  rows: T[],
  first: number,
  cursorOf: (row: T) => CursorValue[],
  count: () => Promise<number>,
  hadCursor = false,
): Connection<T> {
  const page = rows.slice(0, first);
  const edges = page.map((node) => ({ cursor: encodeCursor(cursorOf(node)), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: hadCursor,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: count,
  };
}

type Row = Record<string, unknown>;

export interface KeysetOptions<R extends Row> {
  where?: SQL;
  /** Two sort columns, the last one unique (usually the id), and the row properties that hold them. */
  order: [PgColumn, PgColumn];
  keys: [keyof R & string, keyof R & string];
  direction?: 'asc' | 'desc';
  first: number | null | undefined;
  after: string | null | undefined;
}

/**
 * One page of a table in a stable order: the rows after the cursor (keyset, so pages stay right while rows
 * are added), one more to know whether a next page exists, and a total counted only when asked for.
 */
export async function keysetPage<R extends Row>(
  db: Database,
  table: PgTable,
  options: KeysetOptions<R>,
): Promise<Connection<R>> {
  const limit = pageSize(options.first);
  const cursor = decodeCursor(options.after, 2);
  const direction = options.direction ?? 'asc';
  const by = direction === 'asc' ? asc : desc;
  const rows = (await db
    .select()
    .from(table)
    .where(
      and(
        options.where,
        afterKeyset(
          options.order.map((c) => sql`${c}`),
          cursor,
          direction,
        ),
      ),
    )
    .orderBy(...options.order.map((c) => by(c)))
    .limit(limit + 1)) as R[];
  const value = (v: unknown): CursorValue => (v instanceof Date ? v.toISOString() : (v as CursorValue));
  return connection(
    rows,
    limit,
    (row) => options.keys.map((k) => value(row[k])),
    async () => Number((await db.select({ n: count() }).from(table).where(options.where))[0]?.n ?? 0),
    cursor !== undefined,
  );
}

/** The same page with its nodes mapped (cursors and counts unchanged). */
export const mapConnection = <T, U>(page: Connection<T>, map: (node: T) => U): Connection<U> => ({
  ...page,
  edges: page.edges.map((e) => ({ cursor: e.cursor, node: map(e.node) })),
});
