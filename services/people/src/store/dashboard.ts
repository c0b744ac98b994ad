import type { Database, DashboardScope } from '@dm/shared';
import { parisMidnight } from '@dm/shared';
import { and, count, eq, gte, isNull, lt, type SQL, sql } from '@dm/shared/orm';
import { ambassador, contactRequest, parentsCafe } from '../db/schema.ts';

const n = (v: unknown) => Number(v ?? 0);
const dayAfter = (day: string) => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
};
const period = (
  column: typeof parentsCafe.startsAt | typeof contactRequest.createdAt,
  s: DashboardScope,
): SQL | undefined =>
  and(
    s.from ? gte(column, parisMidnight(s.from)) : undefined,
    s.to ? lt(column, parisMidnight(dayAfter(s.to))) : undefined,
  );

export const peopleStatistics = {
  async ambassadorsByDepartment(db: Database, s: DashboardScope) {
    return db
      .select({ departmentCode: ambassador.departmentCode, count: count() })
      .from(ambassador)
      .where(
        and(isNull(ambassador.deactivatedAt), s.department ? eq(ambassador.departmentCode, s.department) : undefined),
      )
      .groupBy(ambassador.departmentCode)
      .orderBy(ambassador.departmentCode);
  },
  async ambassadorsByFamily(db: Database, s: DashboardScope) {
    const family = sql<string>`left(${ambassador.romeCode}, 1)`;
    return db
      .select({ family, count: count() })
      .from(ambassador)
      .where(
        and(isNull(ambassador.deactivatedAt), s.department ? eq(ambassador.departmentCode, s.department) : undefined),
      )
      .groupBy(sql`1`)
      .orderBy(sql`1`);
  },
  async cafes(db: Database, s: DashboardScope, now: Date) {
    const [row] = await db
      .select({
        held: sql<number>`count(*) filter (where ${parentsCafe.cancelledAt} is null and ${parentsCafe.startsAt} <= ${now.toISOString()}::timestamptz)`,
        participants: sql<number>`coalesce(sum(${parentsCafe.registeredCount}) filter (where ${parentsCafe.cancelledAt} is null and ${parentsCafe.startsAt} <= ${now.toISOString()}::timestamptz), 0)`,
        upcoming: sql<number>`count(*) filter (where ${parentsCafe.cancelledAt} is null and ${parentsCafe.startsAt} > ${now.toISOString()}::timestamptz)`,
      })
      .from(parentsCafe)
      .where(
        and(s.department ? eq(parentsCafe.departmentCode, s.department) : undefined, period(parentsCafe.startsAt, s)),
      );
    return { held: n(row?.held), participants: n(row?.participants), upcoming: n(row?.upcoming) };
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
          s.department ? eq(contactRequest.departmentCode, s.department) : undefined,
          period(contactRequest.createdAt, s),
        ),
      );
    return {
      sent: n(row?.sent),
      answered: n(row?.answered),
      expired: n(row?.expired),
      medianResponseHours: row?.medianHours === null || row?.medianHours === undefined ? null : Number(row.medianHours),
    };
  },
};
