import { pageSize } from '@dm/shared';
import { communes, departments } from '@dm/shared/reference';
import type { CompanyResolvers } from '../generated/resolvers.ts';
import { remainingPlaces } from '../rules/immersion.ts';

export const Company: CompanyResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.company.load(ref.id),
  commune: (row) => (row.communeCode ? (communes.get(row.communeCode) ?? null) : null),
  department: (row) => (row.departmentCode ? (departments.get(row.departmentCode) ?? null) : null),
  charter: (row, _, ctx) => (row.currentCharterId ? ctx.loaders.charter.load(row.currentCharterId) : null),
  charters: (row, _, ctx) => ctx.loaders.chartersByCompany.load(row.id),
  immersionOffers: async (row, { first }, ctx) => {
    const limit = pageSize(first);
    const offers = await ctx.loaders.offersByCompany.load(row.id);
    return offers.filter((o) => remainingPlaces(o) > 0).slice(0, limit);
  },
};
