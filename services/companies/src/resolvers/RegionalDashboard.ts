import { communes, departments, epcis } from '@dm/shared/reference';
import type { Context } from '../context.ts';
import type {
  CharterStatisticsResolvers,
  ImmersionStatisticsResolvers,
  RegionalDashboardResolvers,
} from '../generated/resolvers.ts';
import { commitmentThemeOf } from '../rules/charter.ts';
import {
  byDepartment,
  byEpci,
  type DashboardScope,
  once,
  parseScope,
  requireDashboardReader,
  requireStatisticsReader,
} from '@dm/shared';
import { charterStatistics, commitmentFollowUp, immersionStatistics } from '../store/dashboard.ts';

const totals = (s: DashboardScope, ctx: Context) => once(s, 'charters', () => charterStatistics.totals(ctx.db, s));
const offers = (s: DashboardScope, ctx: Context) => once(s, 'offers', () => immersionStatistics.offers(ctx.db, s));
const requests = (s: DashboardScope, ctx: Context) =>
  once(s, 'requests', () => immersionStatistics.requests(ctx.db, s));
const places = (s: DashboardScope, ctx: Context) => once(s, 'places', () => immersionStatistics.byPlace(ctx.db, s));
const agreements = (s: DashboardScope, ctx: Context) =>
  once(s, 'agreements', () => immersionStatistics.agreements(ctx.db, s));
const followUp = (s: DashboardScope, ctx: Context) =>
  once(s, 'followUp', () => commitmentFollowUp.byPlace(ctx.db, s, ctx.today));
const department = (code: string) => departments.get(code)!;
const share = (part: number, whole: number) => (whole === 0 ? null : part / whole);

export const RegionalDashboard: RegionalDashboardResolvers = {
  __resolveReference: (ref, ctx) => {
    requireStatisticsReader(ctx.identity);
    const scope = parseScope(ref.scope);
    requireDashboardReader(ctx.identity, scope);
    return scope;
  },
  department: (s) => (s.department ? department(s.department) : null),
  epci: (s) => (s.epci ? epcis.get(s.epci)! : null),
  commune: (s) => (s.communeCode ? communes.get(s.communeCode)! : null),
  charters: (s) => s,
  immersions: (s) => s,
};

export const CharterStatistics: CharterStatisticsResolvers = {
  total: async (s, _, ctx) => (await totals(s, ctx)).total,
  companies: async (s, _, ctx) => (await totals(s, ctx)).companies,
  renewals: async (s, _, ctx) => (await totals(s, ctx)).renewals,
  byStatus: async (s, _, ctx) =>
    (await charterStatistics.byStatus(ctx.db, s, ctx.today)).map((r) => ({
      status: r.status,
      count: Number(r.count),
    })),
  byDepartment: async (s, _, ctx) =>
    (await charterStatistics.byDepartment(ctx.db, s)).map((r) => ({
      department: department(r.departmentCode!),
      count: Number(r.count),
    })),
  byEpci: async (s, _, ctx) => byEpci(await charterStatistics.byEpci(ctx.db, s)),
  bySector: async (s, _, ctx) =>
    (await charterStatistics.bySector(ctx.db, s)).map((r) => ({ sector: r.sector, count: Number(r.count) })),
  byCommitmentKind: async (s, _, ctx) =>
    (await charterStatistics.byCommitmentKind(ctx.db, s)).map((r) => ({
      kind: r.kind,
      theme: commitmentThemeOf[r.kind],
      count: Number(r.count),
    })),
  signedByMonth: async (s, _, ctx) =>
    (await charterStatistics.signedByMonth(ctx.db, s)).map((r) => ({ period: r.period, count: Number(r.count) })),
  commitmentsByMonth: async (s, _, ctx) =>
    (await charterStatistics.commitmentsByMonth(ctx.db, s)).map((r) => ({
      month: r.month,
      kind: r.kind,
      theme: commitmentThemeOf[r.kind],
      count: r.count,
    })),
  actionsByKind: async (s, _, ctx) =>
    (await commitmentFollowUp.actionsByKind(ctx.db, s)).map((r) => ({
      kind: r.kind,
      theme: commitmentThemeOf[r.kind],
      count: r.count,
    })),
  meetingCommitments: async (s, _, ctx) => (await followUp(s, ctx)).reduce((n, r) => n + r.meetingCommitments, 0),
  meetingCommitmentsShare: async (s, _, ctx) => {
    const rows = await followUp(s, ctx);
    return share(
      rows.reduce((n, r) => n + r.meetingCommitments, 0),
      rows.reduce((n, r) => n + r.charters, 0),
    );
  },
  followUpByDepartment: async (s, _, ctx) =>
    byDepartment(await followUp(s, ctx), ['charters', 'meetingCommitments', 'actions']).map((r) => ({
      department: department(r.departmentCode),
      charters: r.charters,
      meetingCommitments: r.meetingCommitments,
      meetingCommitmentsShare: share(r.meetingCommitments, r.charters),
      actions: r.actions,
    })),
  followUpByEpci: async (s, _, ctx) =>
    byEpci(await followUp(s, ctx)).map((r) => ({
      epci: r.epci,
      charters: r.charters,
      meetingCommitments: r.meetingCommitments,
      meetingCommitmentsShare: share(r.meetingCommitments, r.charters),
      actions: r.actions,
    })),
};

export const ImmersionStatistics: ImmersionStatisticsResolvers = {
  offers: async (s, _, ctx) => (await offers(s, ctx)).offers,
  places: async (s, _, ctx) => (await offers(s, ctx)).places,
  remainingPlaces: async (s, _, ctx) => (await offers(s, ctx)).remainingPlaces,
  requests: async (s, _, ctx) => (await requests(s, ctx)).requests,
  pending: async (s, _, ctx) => (await requests(s, ctx)).pending,
  accepted: async (s, _, ctx) => (await requests(s, ctx)).accepted,
  declined: async (s, _, ctx) => (await requests(s, ctx)).declined,
  expired: async (s, _, ctx) => (await requests(s, ctx)).expired,
  agreementsValidated: async (s, _, ctx) => (await agreements(s, ctx)).agreementsValidated,
  assessments: async (s, _, ctx) => (await agreements(s, ctx)).assessments,
  tookPlace: async (s, _, ctx) => (await agreements(s, ctx)).tookPlace,
  hoursDone: async (s, _, ctx) => (await agreements(s, ctx)).hoursDone,
  acceptanceRate: async (s, _, ctx) => (await requests(s, ctx)).acceptanceRate,
  byDepartment: async (s, _, ctx) =>
    byDepartment(await places(s, ctx), ['offers', 'places', 'requests', 'accepted']).map((r) => ({
      offers: r.offers,
      places: r.places,
      requests: r.requests,
      accepted: r.accepted,
      department: department(r.departmentCode),
    })),
  byEpci: async (s, _, ctx) => byEpci(await places(s, ctx)).map(({ departmentCode: _d, ...r }) => r),
  requestsByMonth: async (s, _, ctx) =>
    (await immersionStatistics.requestsByMonth(ctx.db, s)).map((r) => ({ period: r.period, count: Number(r.count) })),
};
