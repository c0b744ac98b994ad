import { distanceOf, pageSize, requireThat } from '@dm/shared';
import { communes, departments } from '@dm/shared/reference';
import type { CompanyResolvers } from '../generated/resolvers.ts';
import { remainingPlaces } from '../rules/immersion.ts';
import { listCompanyRequests } from '../store/immersions.ts';
import { offerTakesRequests, seesRequesters } from './scope.ts';

export const Company: CompanyResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.company.load(ref.id),
  commune: (row) => (row.communeCode ? (communes.get(row.communeCode) ?? null) : null),
  distanceKm: distanceOf,
  department: (row) => (row.departmentCode ? (departments.get(row.departmentCode) ?? null) : null),
  charter: (row, _, ctx) => (row.currentCharterId ? ctx.loaders.charter.load(row.currentCharterId) : null),
  charters: (row, _, ctx) => ctx.loaders.chartersByCompany.load(row.id),
  branch: async (row, _, ctx) =>
    row.nafCode ? ((await ctx.loaders.branchesByNafCode.load(row.nafCode))[0]?.branch ?? null) : null,
  immersionOffers: async (row, { first }, ctx) => {
    const limit = pageSize(first);
    const offers = await ctx.loaders.offersByCompany.load(row.id);
    // The company and its staff keep every offer in view, so a full offer's requests stay readable.
    if (await seesRequesters(ctx, row.id)) return offers.slice(0, limit);
    const shown = [];
    for (const offer of offers) {
      if (shown.length >= limit) break;
      if (remainingPlaces(offer) > 0 && (await offerTakesRequests(ctx, offer))) shown.push(offer);
    }
    return shown;
  },
  immersionRequests: async (row, { status, first, after }, ctx) => {
    requireThat(await seesRequesters(ctx, row.id), 'Only the company and its referents see requests');
    return listCompanyRequests(ctx.db, row.id, status, first, after);
  },
  contactEmail: async (row, _, ctx) => ((await seesRequesters(ctx, row.id)) ? row.contactEmail : null),
};
