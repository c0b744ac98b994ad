import type { Database, DashboardScope } from '@dm/shared';
import { and, count, eq, gte, inArray, isNotNull, lte, notExists, type SQL, sql, sum } from '@dm/shared/orm';
import { alias } from '@dm/shared/pg-core';
import { event, registration } from '../db/schema.ts';

const session = alias(event, 'session');

/** Events of the scope: in its department, overlapping its period; a series counts by its sessions. */
function scopeWhere(db: Database, s: DashboardScope): SQL | undefined {
  return and(
    s.department ? eq(event.departmentCode, s.department) : undefined,
    s.from ? gte(event.endsOn, s.from) : undefined,
    s.to ? lte(event.startsOn, s.to) : undefined,
    notExists(
      db
        .select({ one: sql`1` })
        .from(session)
        .where(eq(session.parentId, event.id)),
    ),
  );
}

const n = (v: unknown) => Number(v ?? 0);

export const eventStatistics = {
  async totals(db: Database, s: DashboardScope) {
    const [row] = await db
      .select({
        total: count(),
        cancelled: sql<number>`count(*) filter (where ${event.cancelledAt} is not null)`,
        registrations: sum(event.confirmedCount),
        waitlisted: sum(event.waitlistCount),
        limitedSeats: sql<number>`sum(${event.capacity}) filter (where ${event.capacity} is not null and ${event.cancelledAt} is null)`,
        limitedConfirmed: sql<number>`sum(${event.confirmedCount}) filter (where ${event.capacity} is not null and ${event.cancelledAt} is null)`,
      })
      .from(event)
      .where(scopeWhere(db, s));
    const seats = n(row?.limitedSeats);
    return {
      total: n(row?.total),
      cancelled: n(row?.cancelled),
      registrations: n(row?.registrations),
      waitlisted: n(row?.waitlisted),
      fillRate: seats === 0 ? null : n(row?.limitedConfirmed) / seats,
    };
  },
  async byKind(db: Database, s: DashboardScope) {
    return db
      .select({ kind: event.kind, count: count() })
      .from(event)
      .where(scopeWhere(db, s))
      .groupBy(event.kind)
      .orderBy(event.kind);
  },
  async byDepartment(db: Database, s: DashboardScope) {
    return db
      .select({ departmentCode: event.departmentCode, events: count(), registrations: sum(event.confirmedCount) })
      .from(event)
      .where(and(scopeWhere(db, s), isNotNull(event.departmentCode)))
      .groupBy(event.departmentCode)
      .orderBy(event.departmentCode);
  },
  async attendanceRate(db: Database, s: DashboardScope) {
    const ids = db.select({ id: event.id }).from(event).where(scopeWhere(db, s));
    const [row] = await db
      .select({
        recorded: count(),
        attended: sql<number>`count(*) filter (where ${registration.attended})`,
      })
      .from(registration)
      .where(
        and(inArray(registration.eventId, ids), eq(registration.status, 'CONFIRMED'), isNotNull(registration.attended)),
      );
    return n(row?.recorded) === 0 ? null : n(row?.attended) / n(row?.recorded);
  },
};
