import {
  byDepartment,
  byEpci,
  type DashboardScope,
  once,
  parseScope,
  requireDashboardReader,
  requireStatisticsReader,
} from '@dm/shared';
import { departments } from '@dm/shared/reference';
import type { Context } from '../context.ts';
import type {
  EventStatisticsResolvers,
  ParentsCafeStatisticsResolvers,
  RegionalDashboardResolvers,
} from '../generated/resolvers.ts';
import { eventStatistics } from '../store/dashboard.ts';

const totals = (s: DashboardScope, ctx: Context) => once(s, 'events', () => eventStatistics.totals(ctx.db, s));
const places = (s: DashboardScope, ctx: Context) => once(s, 'places', () => eventStatistics.byPlace(ctx.db, s));

export const RegionalDashboard: RegionalDashboardResolvers = {
  __resolveReference: (ref, ctx) => {
    requireStatisticsReader(ctx.identity);
    const scope = parseScope(ref.scope);
    requireDashboardReader(ctx.identity, scope);
    return scope;
  },
  events: (s) => s,
  parentsCafes: (s) => s,
};

const cafes = (s: DashboardScope, ctx: Context) => once(s, 'cafes', () => eventStatistics.cafes(ctx.db, s, ctx.now));

export const ParentsCafeStatistics: ParentsCafeStatisticsResolvers = {
  held: async (s, _, ctx) => (await cafes(s, ctx)).held,
  participants: async (s, _, ctx) => (await cafes(s, ctx)).participants,
  upcoming: async (s, _, ctx) => (await cafes(s, ctx)).upcoming,
};

export const EventStatistics: EventStatisticsResolvers = {
  total: async (s, _, ctx) => (await totals(s, ctx)).total,
  cancelled: async (s, _, ctx) => (await totals(s, ctx)).cancelled,
  registrations: async (s, _, ctx) => (await totals(s, ctx)).registrations,
  waitlisted: async (s, _, ctx) => (await totals(s, ctx)).waitlisted,
  fillRate: async (s, _, ctx) => (await totals(s, ctx)).fillRate,
  attendanceRate: (s, _, ctx) => eventStatistics.attendanceRate(ctx.db, s),
  byKind: async (s, _, ctx) =>
    (await eventStatistics.byKind(ctx.db, s)).map((r) => ({ kind: r.kind, count: Number(r.count) })),
  byDepartment: async (s, _, ctx) =>
    byDepartment(await places(s, ctx), ['events', 'registrations']).map((r) => ({
      department: departments.get(r.departmentCode)!,
      events: r.events,
      registrations: r.registrations,
    })),
  byEpci: async (s, _, ctx) =>
    byEpci(await places(s, ctx)).map((r) => ({ epci: r.epci, events: r.events, registrations: r.registrations })),
  regionWide: async (s, _, ctx) =>
    (await places(s, ctx)).filter((r) => !r.departmentCode).reduce((sum, r) => sum + r.events, 0),
};
