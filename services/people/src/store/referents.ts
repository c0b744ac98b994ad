import { afterKeyset, connection, type Database, decodeCursor, pageSize } from '@dm/shared';
import { and, arrayContains, asc, count, eq, type SQL, sql } from '@dm/shared/orm';
import { requireDepartment } from '@dm/shared/reference';
import { type ReferentRow, referent } from '../db/schema.ts';

export async function listReferents(
  db: Database,
  filter: { department?: string | null; role?: string | null; organisation?: string | null },
  first: number | null | undefined,
  after: string | null | undefined,
) {
  const limit = pageSize(first);
  const conditions: SQL[] = [];
  if (filter.department) conditions.push(arrayContains(referent.departments, [requireDepartment(filter.department, 'filter.department').code]));
  if (filter.role) conditions.push(eq(referent.role, filter.role));
  if (filter.organisation) conditions.push(eq(referent.organisation, filter.organisation));
  const where = and(...conditions);
  const cursor = decodeCursor(after, 2);
  const rows = await db
    .select()
    .from(referent)
    .where(and(where, afterKeyset([sql`${referent.fullName}`, sql`${referent.id}`], cursor)))
    .orderBy(asc(referent.fullName), asc(referent.id))
    .limit(limit + 1);
  return connection(
    rows,
    limit,
    (row: ReferentRow) => [row.fullName, row.id],
    async () => (await db.select({ n: count() }).from(referent).where(where))[0]?.n ?? 0,
    cursor !== undefined,
  );
}
