import { and, asc, count, desc, getTableColumns, gt, type SQL, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Database } from './db.ts';
import { badInput } from './errors.ts';
import { distanceKmSql, type Near, ordersByDistance, validateNear, withinRadius } from './geo.ts';

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
  /**
   * A change feed: when `since` is given, the rows changed after it, oldest change first, by `column` (held in
   * the row property `key`) and the order's unique column, instead of `order`.
   */
  changes?: { since: string | Date | null | undefined; column: PgColumn; key: keyof R & string };
  /**
   * A search by distance: with `near`, only the rows within its circle (by their `latitude` and `longitude`),
   * each with its `distanceKm`; with `orderBy: 'DISTANCE'` as well, nearest first (then by the order's unique
   * column) instead of `order`.
   */
  distance?: {
    latitude: PgColumn;
    longitude: PgColumn;
    near: Near | null | undefined;
    orderBy?: string | null;
    /** Where `near` is in the client's arguments, for its errors. */
    field?: string;
  };
  first: number | null | undefined;
  after: string | null | undefined;
}

/** A row of a list searched by distance: how far it lies from the point, null when the list gave none. */
export type WithDistance<R> = R & { distanceKm: number | null };

/** Whether a list is asked for as a change feed (`updatedSince` given). */
export const isChangeFeed = (since: string | Date | null | undefined) => since !== undefined && since !== null;

/**
 * One page of a table in a stable order: the rows after the cursor (keyset, so pages stay right while rows
 * are added), one more to know whether a next page exists, and a total counted only when asked for.
 */
export async function keysetPage<R extends Row>(
  db: Database,
  table: PgTable,
  requested: KeysetOptions<R>,
): Promise<Connection<WithDistance<R>>> {
  const changes = requested.changes && isChangeFeed(requested.changes.since) ? requested.changes : undefined;
  const options: KeysetOptions<R> = changes
    ? {
        ...requested,
        where: and(requested.where, gt(changes.column, new Date(changes.since as string | Date))),
        order: [changes.column, requested.order[1]],
        keys: [changes.key, requested.keys[1]],
        direction: 'asc',
      }
    : requested;
  const geo = options.distance;
  const near = geo?.near ? validateNear(geo.near, geo.field ?? 'filter.near') : null;
  const distance = geo && near ? distanceKmSql(geo.latitude, geo.longitude, near) : null;
  const where = and(options.where, geo && near ? withinRadius(geo.latitude, geo.longitude, near) : undefined);
  const byDistance = ordersByDistance(geo?.orderBy, near, changes !== undefined);
  const limit = pageSize(options.first);
  const direction = byDistance ? 'asc' : (options.direction ?? 'asc');
  const by = direction === 'asc' ? asc : desc;
  // Ordered by distance, a cursor holds the point it was measured from: a page of another point is refused.
  let cursorValues: CursorValue[] | undefined;
  if (byDistance) {
    const cursor = decodeCursor(options.after, 4);
    if (cursor) {
      const [latitude, longitude, km, id] = cursor;
      if (latitude !== near!.latitude || longitude !== near!.longitude || typeof km !== 'number')
        throw badInput('after', 'after is a cursor of a search around another point');
      cursorValues = [km, id ?? null];
    }
  } else {
    cursorValues = decodeCursor(options.after, 2);
  }
  const hadCursor = cursorValues !== undefined;
  const value = (v: unknown): CursorValue => (v instanceof Date ? v.toISOString() : (v as CursorValue));
  const cursorOf = byDistance
    ? (row: WithDistance<R>) => [near!.latitude, near!.longitude, row.distanceKm, value(row[options.keys[1]])]
    : (row: WithDistance<R>) => options.keys.map((k) => value(row[k]));
  const counted = async () => Number((await db.select({ n: count() }).from(table).where(where))[0]?.n ?? 0);

  if (!distance) {
    const after = afterKeyset(
      options.order.map((c) => sql`${c}`),
      cursorValues,
      direction,
    );
    const rows = (await db
      .select()
      .from(table)
      .where(and(where, after))
      .orderBy(...options.order.map((c) => by(c)))
      .limit(limit + 1)) as R[];
    return connection(
      rows.map((row) => ({ ...row, distanceKm: null })),
      limit,
      cursorOf,
      counted,
      hadCursor,
    );
  }

  // Near a point every row of the circle is read anyway (to measure it, and to sort the page): the same
  // statement counts them (a window over the matches, before the cursor and the limit), so that `totalCount`
  // does not read them again. The circle is read for its order's columns only, which an index can hold (the
  // other columns of the rows out of the page are never read); the page's rows are then read by their unique
  // column.
  const [first, unique] = options.keys;
  const matches = db.$with('matches').as(
    db
      .select({
        [first]: options.order[0],
        [unique]: options.order[1],
        // Measured here only to order by it; otherwise on the page's rows alone.
        ...(byDistance ? { distanceKm: sql<number>`${distance}`.as('distance_km') } : {}),
        matchCount: sql<number>`count(*) over ()`.as('match_count'),
      })
      .from(table)
      .where(where),
  );
  const matched = matches as unknown as Record<string, SQL.Aliased | PgColumn>;
  const columnOf = (key: string) => sql`${matched[key]}`;
  const matchOrder = byDistance ? [columnOf('distanceKm'), columnOf(unique)] : [columnOf(first), columnOf(unique)];
  const page = db.$with('page').as(
    db
      .select()
      .from(matches)
      .where(afterKeyset(matchOrder, cursorValues, direction))
      .orderBy(...matchOrder.map((c) => by(c)))
      .limit(limit + 1),
  );
  const paged = page as unknown as Record<string, SQL.Aliased | PgColumn>;
  const pageColumn = (key: string) => sql`${paged[key]}`;
  const pageOrder = byDistance
    ? [pageColumn('distanceKm'), pageColumn(unique)]
    : [pageColumn(first), pageColumn(unique)];
  const found = (await db
    .with(matches, page)
    .select({
      ...getTableColumns(table),
      distanceKm: byDistance ? paged.distanceKm! : sql<number>`${distance}`,
      matchCount: paged.matchCount!,
    })
    .from(page)
    .innerJoin(table, sql`${options.order[1]} = ${paged[unique]}`)
    .orderBy(...pageOrder.map((c) => by(c)))) as unknown as (R & {
    distanceKm: number | string;
    matchCount: number | string;
  })[];
  const total = found[0] ? Number(found[0].matchCount) : undefined;
  const rows = found.map(
    ({ matchCount: _, ...row }) => ({ ...row, distanceKm: Number(row.distanceKm) }) as WithDistance<R>,
  );
  return connection(rows, limit, cursorOf, async () => total ?? counted(), hadCursor);
}

/** The same page with its nodes mapped (cursors and counts unchanged). */
export const mapConnection = <T, U>(page: Connection<T>, map: (node: T) => U): Connection<U> => ({
  ...page,
  edges: page.edges.map((e) => ({ cursor: e.cursor, node: map(e.node) })),
});
