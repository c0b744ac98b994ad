import {
  badInput,
  type Database,
  foldText,
  isChangeFeed,
  keysetPage,
  mapConnection,
  type Near,
  notFound,
  parisMonthStart,
  requireId,
  searchCondition,
  todayInParis,
} from '@dm/shared';
import { and, arrayContains, count, eq, gt, gte, inArray, isNull, lt, or, type SQL, sql } from '@dm/shared/orm';
import { centroidOf, communes, metiers, requireDepartment, requireMetier } from '@dm/shared/reference';
import { type AmbassadorRow, ambassador, contactRequest } from '../db/schema.ts';
import type { AmbassadorNetwork, InterventionKind } from '../generated/resolvers.ts';

/** Requests an ambassador received since the start of the month (Paris): what the quota counts. */
export const requestsThisMonth = (now: Date) =>
  sql<number>`(select count(*) from ${contactRequest} where ${contactRequest.ambassadorId} = ${ambassador.id}
    and ${contactRequest.createdAt} >= ${parisMonthStart(now).toISOString()}::timestamptz)`;

/**
 * The one condition under which an ambassador exists for callers: not erased. Every read of this subgraph
 * that shows an ambassador (by id, entity reference, lists, change feed, search, a company's ambassadors,
 * changes) goes through it; an erased ambassador is then only a tombstone (`ambassadorTombstones`).
 * Statistics do not use it: the anonymised row still counts.
 */
export const notErased = () => isNull(ambassador.erasedAt);

/** The rule of `rules/ambassadors.ts#isContactable`, in SQL, so search hides who cannot be contacted. */
export const contactableSql = (now: Date) =>
  and(
    notErased(),
    isNull(ambassador.deactivatedAt),
    or(isNull(ambassador.pausedUntil), lt(ambassador.pausedUntil, todayInParis(now))),
    sql`${requestsThisMonth(now)} < ${ambassador.monthlyQuota}`,
  ) as SQL;

export interface AmbassadorFilter {
  romeCode?: string | null;
  department?: string | null;
  companyId?: string | null;
  interventionKind?: InterventionKind | null;
  network?: AmbassadorNetwork | null;
  search?: string | null;
  near?: Near | null;
  updatedSince?: Date | string | null;
}

export async function listAmbassadors(
  db: Database,
  filter: AmbassadorFilter,
  first: number | null | undefined,
  after: string | null | undefined,
  now: Date,
  orderBy?: string | null,
) {
  // A change feed lists everyone still in the network (with `active`); search lists who can be contacted.
  const conditions: SQL[] = [
    isChangeFeed(filter.updatedSince)
      ? (and(notErased(), isNull(ambassador.deactivatedAt)) as SQL)
      : contactableSql(now),
  ];
  if (filter.romeCode)
    conditions.push(eq(ambassador.romeCode, requireMetier(filter.romeCode, 'filter.romeCode').romeCode));
  if (filter.department)
    conditions.push(eq(ambassador.departmentCode, requireDepartment(filter.department, 'filter.department').code));
  if (filter.companyId) conditions.push(eq(ambassador.companyId, requireId(filter.companyId, 'filter.companyId')));
  if (filter.interventionKind) conditions.push(arrayContains(ambassador.interventionKinds, [filter.interventionKind]));
  if (filter.network) conditions.push(eq(ambassador.network, filter.network));
  const search = searchCondition(ambassador.searchText, filter.search, 'filter.search');
  if (search) conditions.push(search);
  return keysetPage<AmbassadorRow>(db, ambassador, {
    where: and(...conditions),
    order: [ambassador.sortName, ambassador.id],
    keys: ['sortName', 'id'],
    changes: { since: filter.updatedSince, column: ambassador.updatedAt, key: 'updatedAt' },
    distance: { latitude: ambassador.latitude, longitude: ambassador.longitude, near: filter.near, orderBy },
    first,
    after,
  });
}

/**
 * Ambassadors who left the network since a date: the change feed's deletions. Erased ambassadors are among
 * them (an erasure deactivates, at the time of the erasure).
 */
export async function ambassadorTombstones(
  db: Database,
  since: Date | string,
  first: number | null | undefined,
  after: string | null | undefined,
) {
  const page = await keysetPage<AmbassadorRow>(db, ambassador, {
    where: gt(ambassador.deactivatedAt, new Date(since)),
    order: [ambassador.deactivatedAt, ambassador.id],
    keys: ['deactivatedAt', 'id'],
    first,
    after,
  });
  return mapConnection(page, (row) => ({
    id: row.id,
    removedAt: row.deactivatedAt as Date,
    reason: row.erasedAt ? ('ERASED' as const) : ('LEFT' as const),
  }));
}

/** Searchable and sortable forms of an ambassador; the last name is never searchable. */
export function ambassadorDerived(a: { firstName: string; jobTitle: string; romeCode: string; communeCode: string }) {
  return {
    sortName: foldText(a.firstName),
    searchText: foldText(
      [a.firstName, a.jobTitle, metiers.get(a.romeCode)?.label, communes.get(a.communeCode)?.name]
        .filter(Boolean)
        .join(' '),
    ),
    departmentCode: communes.get(a.communeCode)!.departmentCode,
    ...centroidOf(a.communeCode),
  };
}

export type NewAmbassador = Omit<
  typeof ambassador.$inferInsert,
  | 'id'
  | 'searchText'
  | 'sortName'
  | 'departmentCode'
  | 'latitude'
  | 'longitude'
  | 'emailKey'
  | 'createdAt'
  | 'updatedAt'
>;

export async function insertAmbassador(db: Database, values: NewAmbassador): Promise<AmbassadorRow> {
  const rows = await db
    .insert(ambassador)
    .values({ ...values, emailKey: values.email.toLowerCase(), ...ambassadorDerived(values) })
    .onConflictDoNothing()
    .returning();
  if (!rows[0]) throw badInput('input.email', 'An ambassador with this e-mail is already registered');
  return rows[0];
}

export async function findAmbassador(db: Database, id: string, field: string): Promise<AmbassadorRow> {
  const [row] = await db
    .select()
    .from(ambassador)
    .where(and(eq(ambassador.id, requireId(id, field)), notErased()));
  if (!row) throw notFound('Ambassador', field);
  return row;
}

export async function updateAmbassador(
  db: Database,
  current: AmbassadorRow,
  changes: Partial<NewAmbassador>,
): Promise<AmbassadorRow> {
  const merged = { ...current, ...changes };
  const [row] = await db
    .update(ambassador)
    .set({ ...changes, ...ambassadorDerived(merged), updatedAt: new Date() })
    .where(eq(ambassador.id, current.id))
    .returning();
  return row as AmbassadorRow;
}

/** Response rate and median response time of ambassadors, in one query for all of them. */
export async function responseStatistics(db: Database, ids: readonly string[], now: Date) {
  const weekAgo = new Date(now.getTime() - 7 * 86_400_000).toISOString();
  return db
    .select({
      ambassadorId: sql<string>`${contactRequest.ambassadorId}`,
      considered: sql<number>`count(*) filter (where ${contactRequest.answeredAt} is not null or ${contactRequest.createdAt} < ${weekAgo}::timestamptz)`,
      answered: sql<number>`count(*) filter (where ${contactRequest.answeredAt} is not null)`,
      medianHours: sql<
        number | null
      >`percentile_cont(0.5) within group (order by extract(epoch from ${contactRequest.answeredAt} - ${contactRequest.createdAt}) / 3600)
        filter (where ${contactRequest.answeredAt} is not null)`,
    })
    .from(contactRequest)
    .where(sql`${contactRequest.ambassadorId} in ${ids}`)
    .groupBy(contactRequest.ambassadorId);
}

/** Requests each ambassador received since the start of the month (Paris), in one query; absent means none. */
export const requestsThisMonthBy = (db: Database, ids: readonly string[], now: Date) =>
  db
    .select({ id: sql<string>`${contactRequest.ambassadorId}`, n: count() })
    .from(contactRequest)
    .where(and(inArray(contactRequest.ambassadorId, [...ids]), gte(contactRequest.createdAt, parisMonthStart(now))))
    .groupBy(contactRequest.ambassadorId);

export const requestsThisMonthOf = async (db: Database, id: string, now: Date) =>
  Number((await requestsThisMonthBy(db, [id], now))[0]?.n ?? 0);
