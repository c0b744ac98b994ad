import { type DashboardScope, once, parseScope, requireStatisticsReader } from '@dm/shared';
import { departments } from '@dm/shared/reference';
import type {
  AmbassadorStatisticsResolvers,
  ContactRequestStatisticsResolvers,
  ParentsCafeStatisticsResolvers,
  RegionalDashboardResolvers,
} from '../generated/resolvers.ts';
import type { Context } from '../context.ts';
import { romeFamilies } from '../rules/ambassadors.ts';
import { peopleStatistics } from '../store/dashboard.ts';

const byDepartment = (s: DashboardScope, ctx: Context) =>
  once(s, 'ambassadors', () => peopleStatistics.ambassadorsByDepartment(ctx.db, s));
const cafes = (s: DashboardScope, ctx: Context) => once(s, 'cafes', () => peopleStatistics.cafes(ctx.db, s, ctx.now));
const contacts = (s: DashboardScope, ctx: Context) => once(s, 'contacts', () => peopleStatistics.contacts(ctx.db, s));

export const RegionalDashboard: RegionalDashboardResolvers = {
  __resolveReference: (ref, ctx) => {
    requireStatisticsReader(ctx.identity);
    return parseScope(ref.scope);
  },
  ambassadors: (s) => s,
  parentsCafes: (s) => s,
  contactRequests: (s) => s,
};

export const AmbassadorStatistics: AmbassadorStatisticsResolvers = {
  active: async (s, _, ctx) => (await byDepartment(s, ctx)).reduce((n, r) => n + Number(r.count), 0),
  byDepartment: async (s, _, ctx) =>
    (await byDepartment(s, ctx)).map((r) => ({
      department: departments.get(r.departmentCode)!,
      count: Number(r.count),
    })),
  byTradeFamily: async (s, _, ctx) =>
    (await peopleStatistics.ambassadorsByFamily(ctx.db, s)).map((r) => ({
      family: r.family,
      label: romeFamilies[r.family] ?? r.family,
      count: Number(r.count),
    })),
};

export const ParentsCafeStatistics: ParentsCafeStatisticsResolvers = {
  held: async (s, _, ctx) => (await cafes(s, ctx)).held,
  participants: async (s, _, ctx) => (await cafes(s, ctx)).participants,
  upcoming: async (s, _, ctx) => (await cafes(s, ctx)).upcoming,
};

export const ContactRequestStatistics: ContactRequestStatisticsResolvers = {
  sent: async (s, _, ctx) => (await contacts(s, ctx)).sent,
  answered: async (s, _, ctx) => (await contacts(s, ctx)).answered,
  expired: async (s, _, ctx) => (await contacts(s, ctx)).expired,
  medianResponseHours: async (s, _, ctx) => (await contacts(s, ctx)).medianResponseHours,
};
