import { type DashboardScope, once, parseScope, requireStatisticsReader } from '@dm/shared';
import { departments } from '@dm/shared/reference';
import type { Context } from '../context.ts';
import type { EventKind, EventStatisticsResolvers, RegionalDashboardResolvers } from '../generated/resolvers.ts';
import { eventStatistics } from '../store/dashboard.ts';

const totals = (s: DashboardScope, ctx: Context) => once(s, 'events', () => eventStatistics.totals(ctx.db, s));

export const RegionalDashboard: RegionalDashboardResolvers = {
  __resolveReference: (ref, ctx) => {
    requireStatisticsReader(ctx.identity);
    return parseScope(ref.scope);
  },
  events: (s) => s,
};

export const EventStatistics: EventStatisticsResolvers = {
  total: async (s, _, ctx) => (await totals(s, ctx)).total,
  cancelled: async (s, _, ctx) => (await totals(s, ctx)).cancelled,
  registrations: async (s, _, ctx) => (await totals(s, ctx)).registrations,
  waitlisted: async (s, _, ctx) => (await totals(s, ctx)).waitlisted,
  fillRate: async (s, _, ctx) => (await totals(s, ctx)).fillRate,
  attendanceRate: (s, _, ctx) => eventStatistics.attendanceRate(ctx.db, s),
  byKind: async (s, _, ctx) =>
    (await eventStatistics.byKind(ctx.db, s)).map((r) => ({ kind: r.kind as EventKind, count: Number(r.count) })),
  byDepartment: async (s, _, ctx) =>
    (await eventStatistics.byDepartment(ctx.db, s)).map((r) => ({
      department: departments.get(r.departmentCode!)!,
      events: Number(r.events),
      registrations: Number(r.registrations ?? 0),
    })),
};
