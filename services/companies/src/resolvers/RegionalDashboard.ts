import { departments } from '@dm/shared/reference';
import type { Context } from '../context.ts';
import type {
  CharterStatisticsResolvers,
  CharterStatus,
  CommitmentKind,
  ImmersionStatisticsResolvers,
  RegionalDashboardResolvers,
} from '../generated/resolvers.ts';
import { commitmentThemeOf } from '../rules/charter.ts';
import { type DashboardScope, once, parseScope, requireStatisticsReader } from '@dm/shared';
import { charterStatistics, immersionStatistics } from '../store/dashboard.ts';

const totals = (s: DashboardScope, ctx: Context) => once(s, 'charters', () => charterStatistics.totals(ctx.db, s));
const offers = (s: DashboardScope, ctx: Context) => once(s, 'offers', () => immersionStatistics.offers(ctx.db, s));
const requests = (s: DashboardScope, ctx: Context) =>
  once(s, 'requests', () => immersionStatistics.requests(ctx.db, s));
const department = (code: string) => departments.get(code)!;

export const RegionalDashboard: RegionalDashboardResolvers = {
  __resolveReference: (ref, ctx) => {
    requireStatisticsReader(ctx.identity);
    return parseScope(ref.scope);
  },
  department: (s) => (s.department ? department(s.department) : null),
  charters: (s) => s,
  immersions: (s) => s,
};

export const CharterStatistics: CharterStatisticsResolvers = {
  total: async (s, _, ctx) => (await totals(s, ctx)).total,
  companies: async (s, _, ctx) => (await totals(s, ctx)).companies,
  renewals: async (s, _, ctx) => (await totals(s, ctx)).renewals,
  byStatus: async (s, _, ctx) =>
    (await charterStatistics.byStatus(ctx.db, s, ctx.today)).map((r) => ({
      status: r.status as CharterStatus,
      count: Number(r.count),
    })),
  byDepartment: async (s, _, ctx) =>
    (await charterStatistics.byDepartment(ctx.db, s)).map((r) => ({
      department: department(r.departmentCode!),
      count: Number(r.count),
    })),
  bySector: async (s, _, ctx) =>
    (await charterStatistics.bySector(ctx.db, s)).map((r) => ({ sector: r.sector, count: Number(r.count) })),
  byCommitmentKind: async (s, _, ctx) =>
    (await charterStatistics.byCommitmentKind(ctx.db, s)).map((r) => ({
      kind: r.kind as CommitmentKind,
      theme: commitmentThemeOf[r.kind as CommitmentKind],
      count: Number(r.count),
    })),
  signedByMonth: async (s, _, ctx) =>
    (await charterStatistics.signedByMonth(ctx.db, s)).map((r) => ({ period: r.period, count: Number(r.count) })),
};

export const ImmersionStatistics: ImmersionStatisticsResolvers = {
  offers: async (s, _, ctx) => (await offers(s, ctx)).offers,
  places: async (s, _, ctx) => (await offers(s, ctx)).places,
  remainingPlaces: async (s, _, ctx) => (await offers(s, ctx)).remainingPlaces,
  requests: async (s, _, ctx) => (await requests(s, ctx)).requests,
  pending: async (s, _, ctx) => (await requests(s, ctx)).pending,
  accepted: async (s, _, ctx) => (await requests(s, ctx)).accepted,
  declined: async (s, _, ctx) => (await requests(s, ctx)).declined,
  acceptanceRate: async (s, _, ctx) => (await requests(s, ctx)).acceptanceRate,
  byDepartment: async (s, _, ctx) =>
    (await immersionStatistics.byDepartment(ctx.db, s)).map((r) => ({
      ...r,
      department: department(r.departmentCode),
    })),
  requestsByMonth: async (s, _, ctx) =>
    (await immersionStatistics.requestsByMonth(ctx.db, s)).map((r) => ({ period: r.period, count: Number(r.count) })),
};
