import { type Database, type DashboardScope, periodWhere, summaryMonths, territoryWhere } from '@dm/shared';
import { and, count, eq, gte, inArray, isNotNull, lte, notExists, type SQL, sql, sum } from '@dm/shared/orm';
import { alias } from '@dm/shared/pg-core';
import { event, eventStat, registration } from '../db/schema.ts';
import type { EventKind } from '../generated/resolvers.ts';
import { PARENTS_CAFE } from '../rules/cafes.ts';

const session = alias(event, 'session');

/** Events of the scope: in its department, overlapping its period; a series counts by its sessions. */
function scopeWhere(db: Database, s: DashboardScope): SQL | undefined {
  return and(
    territoryWhere(s, event.departmentCode, event.communeCode),
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

const rawEvents = {
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
  /** Events and their registrations by department and commune: the department and EPCI breakdowns. */
  async byPlace(db: Database, s: DashboardScope) {
    const rows = await db
      .select({
        departmentCode: event.departmentCode,
        communeCode: event.communeCode,
        events: count(),
        registrations: sum(event.confirmedCount),
      })
      .from(event)
      .where(scopeWhere(db, s))
      .groupBy(event.departmentCode, event.communeCode);
    return rows.map((r) => ({ ...r, events: n(r.events), registrations: n(r.registrations) }));
  },
  async attendanceRate(db: Database, s: DashboardScope) {
    const ids = db.select({ id: event.id }).from(event).where(scopeWhere(db, s));
    const [row] = await db
      .select({
        // People, not registrations: a group checked in counts its participants and adults.
        recorded: sum(registration.seats),
        attended: sql<number>`sum(${registration.seats}) filter (where ${registration.attended})`,
      })
      .from(registration)
      .where(
        and(inArray(registration.eventId, ids), eq(registration.status, 'CONFIRMED'), isNotNull(registration.attended)),
      );
    return n(row?.recorded) === 0 ? null : n(row?.attended) / n(row?.recorded);
  },
};

type Months = { from: string | null; to: string | null };

/** Summary rows of the scope: its territory, and events whose months overlap its months. */
const statWhere = (s: DashboardScope, m: Months) =>
  and(
    s.department ? eq(eventStat.departmentCode, s.department) : undefined,
    s.epci ? eq(eventStat.epciSiren, s.epci) : undefined,
    m.from ? gte(eventStat.endsMonth, m.from) : undefined,
    m.to ? lte(eventStat.month, m.to) : undefined,
  );

/** The same statistics from the summary table the triggers keep (see the migration `dashboard_statistics`). */
const summaryEvents = {
  async totals(db: Database, s: DashboardScope, m: Months) {
    const [row] = await db
      .select({
        total: sum(eventStat.events),
        cancelled: sum(eventStat.cancelled),
        registrations: sum(eventStat.confirmed),
        waitlisted: sum(eventStat.waitlisted),
        limitedSeats: sum(eventStat.limitedSeats),
        limitedConfirmed: sum(eventStat.limitedConfirmed),
      })
      .from(eventStat)
      .where(statWhere(s, m));
    const seats = n(row?.limitedSeats);
    return {
      total: n(row?.total),
      cancelled: n(row?.cancelled),
      registrations: n(row?.registrations),
      waitlisted: n(row?.waitlisted),
      fillRate: seats === 0 ? null : n(row?.limitedConfirmed) / seats,
    };
  },
  async byKind(db: Database, s: DashboardScope, m: Months) {
    const rows = await db
      .select({ kind: eventStat.kind, count: sum(eventStat.events) })
      .from(eventStat)
      .where(statWhere(s, m))
      .groupBy(eventStat.kind)
      .orderBy(eventStat.kind);
    return rows.map((r) => ({ kind: r.kind, count: n(r.count) }));
  },
  async byPlace(db: Database, s: DashboardScope, m: Months) {
    const rows = await db
      .select({
        departmentCode: eventStat.departmentCode,
        epciSiren: eventStat.epciSiren,
        events: sum(eventStat.events),
        registrations: sum(eventStat.confirmed),
      })
      .from(eventStat)
      .where(statWhere(s, m))
      .groupBy(eventStat.departmentCode, eventStat.epciSiren);
    return rows.map((r) => ({
      departmentCode: r.departmentCode || null,
      epciSiren: r.epciSiren,
      events: n(r.events),
      registrations: n(r.registrations),
    }));
  },
  async attendanceRate(db: Database, s: DashboardScope, m: Months) {
    const [row] = await db
      .select({ recorded: sum(eventStat.attendanceRecorded), attended: sum(eventStat.attended) })
      .from(eventStat)
      .where(statWhere(s, m));
    return n(row?.recorded) === 0 ? null : n(row?.attended) / n(row?.recorded);
  },
};

/**
 * The dashboard's event statistics: from the summary table for a territory of departments or EPCI and whole
 * months, from the events themselves otherwise (a commune, days); both give the same figures.
 */
export const eventStatistics = {
  totals: (db: Database, s: DashboardScope) => {
    const m = summaryMonths(s);
    return m ? summaryEvents.totals(db, s, m) : rawEvents.totals(db, s);
  },
  byKind: (db: Database, s: DashboardScope): Promise<{ kind: EventKind; count: number | string }[]> => {
    const m = summaryMonths(s);
    return m ? summaryEvents.byKind(db, s, m) : rawEvents.byKind(db, s);
  },
  byPlace: (
    db: Database,
    s: DashboardScope,
  ): Promise<
    {
      departmentCode: string | null;
      communeCode?: string | null;
      epciSiren?: string;
      events: number;
      registrations: number;
    }[]
  > => {
    const m = summaryMonths(s);
    return m ? summaryEvents.byPlace(db, s, m) : rawEvents.byPlace(db, s);
  },
  attendanceRate: (db: Database, s: DashboardScope) => {
    const m = summaryMonths(s);
    return m ? summaryEvents.attendanceRate(db, s, m) : rawEvents.attendanceRate(db, s);
  },
  /**
   * Parents' cafés (events of kind PARENTS_CAFE) of the territory starting in the period (Europe/Paris days),
   * cancelled ones aside; their participants are their confirmed seats.
   */
  async cafes(db: Database, s: DashboardScope, now: Date) {
    const at = sql`${now.toISOString()}::timestamptz`;
    const [row] = await db
      .select({
        held: sql<number>`count(*) filter (where ${event.cancelledAt} is null and ${event.sortAt} <= ${at})`,
        participants: sql<number>`coalesce(sum(${event.confirmedCount}) filter (where ${event.cancelledAt} is null and ${event.sortAt} <= ${at}), 0)`,
        upcoming: sql<number>`count(*) filter (where ${event.cancelledAt} is null and ${event.sortAt} > ${at})`,
      })
      .from(event)
      .where(
        and(
          eq(event.kind, PARENTS_CAFE),
          territoryWhere(s, event.departmentCode, event.communeCode),
          periodWhere(s, event.sortAt),
        ),
      );
    return { held: n(row?.held), participants: n(row?.participants), upcoming: n(row?.upcoming) };
  },
};
