import { sql } from 'drizzle-orm';
import { pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseHandle, openDatabase } from '../src/db.ts';
import { keysetPage } from '../src/pagination.ts';
import { searchCondition } from '../src/search.ts';
import { foldText } from '../src/text.ts';

const item = pgTable('item', {
  id: text().primaryKey(),
  name: text().notNull(),
  searchText: text().notNull(),
  updatedAt: timestamp({ withTimezone: true }).notNull(),
});
type ItemRow = typeof item.$inferSelect;

const rows = [
  { id: 'a', name: 'Boulangerie Hérouville', updatedAt: '2026-03-01T10:00:00Z' },
  { id: 'b', name: 'Atelier Œuvre', updatedAt: '2026-01-01T10:00:00Z' },
  { id: 'c', name: 'Cave de Caen', updatedAt: '2026-02-01T10:00:00Z' },
  { id: 'd', name: 'Garage 100% Caen', updatedAt: '2026-04-01T10:00:00Z' },
];

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openDatabase({});
  await handle.db.execute(
    sql`create table item (id text primary key, name text not null, search_text text not null, updated_at timestamptz not null)`,
  );
  await handle.db
    .insert(item)
    .values(rows.map((r) => ({ ...r, searchText: foldText(r.name), updatedAt: new Date(r.updatedAt) })));
}, 60_000); // an embedded PostgreSQL starts in seconds, more on a busy machine
afterAll(() => handle.close());

const page = (options: { since?: string | null; search?: string; first?: number; after?: string }) =>
  keysetPage<ItemRow>(handle.db, item, {
    where: searchCondition(item.searchText, options.search, 'filter.search'),
    order: [item.name, item.id],
    keys: ['name', 'id'],
    changes: { since: options.since, column: item.updatedAt, key: 'updatedAt' },
    first: options.first,
    after: options.after,
  });
const ids = async (p: ReturnType<typeof page>) => (await p).edges.map((e) => e.node.id);

describe('keysetPage', () => {
  it('lists in the order asked for when no change date is given', async () => {
    expect(await ids(page({}))).toEqual(['b', 'a', 'c', 'd']);
    expect(await ids(page({ since: null }))).toEqual(['b', 'a', 'c', 'd']);
  });

  it('is a change feed when a change date is given: changed after it, oldest change first, cursors by change', async () => {
    const first = await page({ since: '2026-01-15T00:00:00Z', first: 2 });
    expect(first.edges.map((e) => e.node.id)).toEqual(['c', 'a']);
    expect(await first.totalCount()).toBe(3);
    const next = await page({ since: '2026-01-15T00:00:00Z', first: 2, after: first.pageInfo.endCursor as string });
    expect(next.edges.map((e) => e.node.id)).toEqual(['d']);
    expect(next.pageInfo.hasNextPage).toBe(false);
  });
});

describe('searchCondition', () => {
  it('matches every word, whatever the accents and case', async () => {
    expect(await ids(page({ search: 'HEROUVILLE boulang' }))).toEqual(['a']);
    expect(await ids(page({ search: 'oeuvre' }))).toEqual(['b']);
    expect(await ids(page({ search: 'caen' }))).toEqual(['c', 'd']);
  });

  it('treats LIKE wildcards as text, an empty term as no term, and a term of no letter as matching nothing', async () => {
    expect(await ids(page({ search: '100%' }))).toEqual(['d']);
    expect(await ids(page({ search: '' }))).toHaveLength(4);
    expect(await ids(page({ search: '%%' }))).toEqual([]);
  });

  it('refuses a term over 200 characters, naming the field', () => {
    expect(() => searchCondition(item.searchText, 'x'.repeat(201), 'filter.search')).toThrow(
      expect.objectContaining({
        extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'filter.search' }),
      }),
    );
  });
});
