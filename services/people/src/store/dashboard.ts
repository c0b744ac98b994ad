import {
  type Database,
  type DashboardScope,
  periodWhere,
  summaryMonths,
  summaryWhere,
  territoryWhere,
} from '@dm/shared';
import { and, count, eq, gt, isNotNull, isNull, sql, sum } from '@dm/shared/orm';
import { ambassador, ambassadorStat, contactRequest, contactRequestStat } from '../db/schema.ts';

const n = (v: unknown) => Number(v ?? 0);
const rawPeople = {
  /** Active ambassadors by department and commune: the department and EPCI breakdowns. */
  async ambassadorsByPlace(db: Database, s: DashboardScope) {
    const rows = await db
      .select({ departmentCode: ambassador.departmentCode, communeCode: ambassador.communeCode, count: count() })
      .from(ambassador)
      .where(
        and(isNull(ambassador.deactivatedAt), territoryWhere(s, ambassador.departmentCode, ambassador.communeCode)),
      )
      .groupBy(ambassador.departmentCode, ambassador.communeCode);
    return rows.map((r) => ({ ...r, count: n(r.count) }));
  },
  async ambassadorsByFamily(db: Database, s: DashboardScope) {
    const family = sql<string>`left(${ambassador.romeCode}, 1)`;
    return db
      .select({ family, count: count() })
      .from(ambassador)
      .where(
        and(isNull(ambassador.deactivatedAt), territoryWhere(s, ambassador.departmentCode, ambassador.communeCode)),
      )
      .groupBy(sql`1`)
      .orderBy(sql`1`);
  },
  async contacts(db: Database, s: DashboardScope) {
    const [row] = await db
      .select({
        sent: count(),
        answered: sql<number>`count(*) filter (where ${contactRequest.status} = 'ANSWERED')`,
        expired: sql<number>`count(*) filter (where ${contactRequest.status} = 'EXPIRED')`,
        medianHours: sql<
          number | null
        >`percentile_cont(0.5) within group (order by extract(epoch from ${contactRequest.answeredAt} - ${contactRequest.createdAt}) / 3600)
          filter (where ${contactRequest.answeredAt} is not null)`,
      })
      .from(contactRequest)
      .where(
        and(
          territoryWhere(s, contactRequest.departmentCode, contactRequest.communeCode),
          periodWhere(s, contactRequest.createdAt),
        ),
      );
    return {
      sent: n(row?.sent),
      answered: n(row?.answered),
      expired: n(row?.expired),
      medianResponseHours: row?.medianHours === null || row?.medianHours === undefined ? null : Number(row.medianHours),
    };
  },
  /** Median time to answer the requests of the scope answered, in hours; null when none was. */
  async medianResponseHours(db: Database, s: DashboardScope) {
    const [row] = await db
      .select({
        median: sql<
          number | null
        >`percentile_cont(0.5) within group (order by extract(epoch from ${contactRequest.answeredAt} - ${contactRequest.createdAt}) / 3600)`,
      })
      .from(contactRequest)
      .where(
        and(
          isNotNull(contactRequest.answeredAt),
          territoryWhere(s, contactRequest.departmentCode, contactRequest.communeCode),
          periodWhere(s, contactRequest.createdAt),
        ),
      );
    return row?.median === null || row?.median === undefined ? null : Number(row.median);
  },
  /** Contact requests sent, by department and commune of the addressee. */
  async contactsByPlace(db: Database, s: DashboardScope) {
    const rows = await db
      .select({
        departmentCode: contactRequest.departmentCode,
        communeCode: contactRequest.communeCode,
        count: count(),
        answered: sql<number>`count(*) filter (where ${contactRequest.status} = 'ANSWERED')`,
        expired: sql<number>`count(*) filter (where ${contactRequest.status} = 'EXPIRED')`,
      })
      .from(contactRequest)
      .where(
        and(
          territoryWhere(s, contactRequest.departmentCode, contactRequest.communeCode),
          periodWhere(s, contactRequest.createdAt),
        ),
      )
      .groupBy(contactRequest.departmentCode, contactRequest.communeCode);
    return rows.map((r) => ({ ...r, count: n(r.count), answered: n(r.answered), expired: n(r.expired) }));
  },
};

/** Summary rows of ambassadors within the scope's territory (the period does not apply to them). */
const ambassadorWhere = (s: DashboardScope) =>
  and(
    s.department ? eq(ambassadorStat.departmentCode, s.department) : undefined,
    s.epci ? eq(ambassadorStat.epciSiren, s.epci) : undefined,
  );

/**
 * The dashboard's statistics of this subgraph: from the summary tables the triggers keep (see the migration
 * `dashboard_statistics`) for a territory of departments or EPCI and whole months; from the rows otherwise (a
 * commune, days), with the same figures. The median response time, and cafés (held or upcoming against now),
 * are read from the rows.
 */
export const peopleStatistics = {
  async ambassadorsByPlace(
    db: Database,
    s: DashboardScope,
  ): Promise<{ departmentCode: string; communeCode?: string; epciSiren?: string; count: number }[]> {
    if (s.communeCode) return rawPeople.ambassadorsByPlace(db, s);
    const total = sum(ambassadorStat.active);
    const rows = await db
      .select({ departmentCode: ambassadorStat.departmentCode, epciSiren: ambassadorStat.epciSiren, count: total })
      .from(ambassadorStat)
      .where(ambassadorWhere(s))
      .groupBy(ambassadorStat.departmentCode, ambassadorStat.epciSiren)
      .having(gt(total, sql`0`));
    return rows.map((r) => ({ ...r, count: n(r.count) }));
  },
  async ambassadorsByFamily(db: Database, s: DashboardScope): Promise<{ family: string; count: number | string }[]> {
    if (s.communeCode) return rawPeople.ambassadorsByFamily(db, s);
    const total = sum(ambassadorStat.active);
    const rows = await db
      .select({ family: ambassadorStat.family, count: total })
      .from(ambassadorStat)
      .where(ambassadorWhere(s))
      .groupBy(ambassadorStat.family)
      .having(gt(total, sql`0`))
      .orderBy(ambassadorStat.family);
    return rows.map((r) => ({ family: r.family, count: n(r.count) }));
  },
  async contacts(db: Database, s: DashboardScope) {
    const months = summaryMonths(s);
    if (!months) return rawPeople.contacts(db, s);
    const rows = await db
      .select({ status: contactRequestStat.status, count: sum(contactRequestStat.requests) })
      .from(contactRequestStat)
      .where(summaryWhere(s, months, contactRequestStat))
      .groupBy(contactRequestStat.status);
    const by = (status: string) => n(rows.find((r) => r.status === status)?.count);
    return {
      sent: rows.reduce((total, r) => total + n(r.count), 0),
      answered: by('ANSWERED'),
      expired: by('EXPIRED'),
      medianResponseHours: await rawPeople.medianResponseHours(db, s),
    };
  },
  async contactsByPlace(
    db: Database,
    s: DashboardScope,
  ): Promise<
    {
      departmentCode: string | null;
      communeCode?: string | null;
      epciSiren?: string;
      count: number;
      answered: number;
      expired: number;
    }[]
  > {
    const months = summaryMonths(s);
    if (!months) return rawPeople.contactsByPlace(db, s);
    const total = sum(contactRequestStat.requests);
    const ofStatus = (status: string) =>
      sql<number>`coalesce(sum(${contactRequestStat.requests}) filter (where ${contactRequestStat.status} = ${status}), 0)`;
    const rows = await db
      .select({
        departmentCode: contactRequestStat.departmentCode,
        epciSiren: contactRequestStat.epciSiren,
        count: total,
        answered: ofStatus('ANSWERED'),
        expired: ofStatus('EXPIRED'),
      })
      .from(contactRequestStat)
      .where(summaryWhere(s, months, contactRequestStat))
      .groupBy(contactRequestStat.departmentCode, contactRequestStat.epciSiren)
      .having(gt(total, sql`0`));
    return rows.map((r) => ({
      departmentCode: r.departmentCode || null,
      epciSiren: r.epciSiren,
      count: n(r.count),
      answered: n(r.answered),
      expired: n(r.expired),
    }));
  },
};
