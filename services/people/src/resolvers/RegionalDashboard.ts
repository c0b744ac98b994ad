import {
  byDepartment as sumByDepartment,
  byEpci,
  type DashboardScope,
  once,
  parseScope,
  requireDashboardReader,
  requireStatisticsReader,
} from '@dm/shared';
import { departments } from '@dm/shared/reference';
import type {
  AmbassadorStatisticsResolvers,
  CoordinatorActionStatisticsResolvers,
  ContactRequestStatisticsResolvers,
  RegionalDashboardResolvers,
} from '../generated/resolvers.ts';
import type { Context } from '../context.ts';
import { romeFamilies } from '../rules/ambassadors.ts';
import { peopleStatistics } from '../store/dashboard.ts';
import { actionsByMission } from '../store/missions.ts';
import { coordinatorMissions } from '../rules/missions.ts';

const ambassadors = (s: DashboardScope, ctx: Context) =>
  once(s, 'ambassadors', () => peopleStatistics.ambassadorsByPlace(ctx.db, s));
const contactPlaces = (s: DashboardScope, ctx: Context) =>
  once(s, 'contactPlaces', () => peopleStatistics.contactsByPlace(ctx.db, s));
const department = (code: string) => departments.get(code)!;
const contacts = (s: DashboardScope, ctx: Context) => once(s, 'contacts', () => peopleStatistics.contacts(ctx.db, s));
const missions = (s: DashboardScope, ctx: Context) => once(s, 'missions', () => actionsByMission(ctx.db, s));

export const RegionalDashboard: RegionalDashboardResolvers = {
  __resolveReference: (ref, ctx) => {
    requireStatisticsReader(ctx.identity);
    const scope = parseScope(ref.scope);
    requireDashboardReader(ctx.identity, scope);
    return scope;
  },
  ambassadors: (s) => s,
  contactRequests: (s) => s,
  coordinatorActions: (s) => s,
};

export const AmbassadorStatistics: AmbassadorStatisticsResolvers = {
  active: async (s, _, ctx) => (await ambassadors(s, ctx)).reduce((n, r) => n + r.count, 0),
  byDepartment: async (s, _, ctx) =>
    sumByDepartment(await ambassadors(s, ctx), ['count']).map((r) => ({
      department: department(r.departmentCode),
      count: r.count,
    })),
  byEpci: async (s, _, ctx) => byEpci(await ambassadors(s, ctx)).map((r) => ({ epci: r.epci, count: r.count })),
  byTradeFamily: async (s, _, ctx) =>
    (await peopleStatistics.ambassadorsByFamily(ctx.db, s)).map((r) => ({
      family: r.family,
      label: romeFamilies[r.family] ?? r.family,
      count: Number(r.count),
    })),
};

export const ContactRequestStatistics: ContactRequestStatisticsResolvers = {
  sent: async (s, _, ctx) => (await contacts(s, ctx)).sent,
  answered: async (s, _, ctx) => (await contacts(s, ctx)).answered,
  expired: async (s, _, ctx) => (await contacts(s, ctx)).expired,
  medianResponseHours: async (s, _, ctx) => (await contacts(s, ctx)).medianResponseHours,
  byDepartment: async (s, _, ctx) =>
    sumByDepartment(await contactPlaces(s, ctx), ['count']).map((r) => ({
      department: department(r.departmentCode),
      count: r.count,
    })),
  byEpci: async (s, _, ctx) => byEpci(await contactPlaces(s, ctx)).map((r) => ({ epci: r.epci, count: r.count })),
  responsesByEpci: async (s, _, ctx) =>
    byEpci(await contactPlaces(s, ctx)).map((r) => ({
      epci: r.epci,
      sent: r.count,
      answered: r.answered,
      expired: r.expired,
      responseRate: r.count === 0 ? null : r.answered / r.count,
    })),
};

export const CoordinatorActionStatistics: CoordinatorActionStatisticsResolvers = {
  total: async (s, _, ctx) => (await missions(s, ctx)).reduce((n, r) => n + r.count, 0),
  participants: async (s, _, ctx) => (await missions(s, ctx)).reduce((n, r) => n + r.participants, 0),
  byMission: async (s, _, ctx) => {
    const rows = await missions(s, ctx);
    return coordinatorMissions.map((mission) => ({
      mission,
      count: rows.find((r) => r.mission === mission)?.count ?? 0,
    }));
  },
};
