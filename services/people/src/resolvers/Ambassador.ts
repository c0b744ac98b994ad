import { distanceOf, reveal, todayInParis } from '@dm/shared';
import { mayReadAmbassadorContact } from '../rules/visibility.ts';
import type { AmbassadorResolvers } from '../generated/resolvers.ts';
import { displayName, isContactable } from '../rules/ambassadors.ts';

export const Ambassador: AmbassadorResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.ambassador.load(ref.id),
  displayName: (row) => displayName(row.firstName, row.lastName),
  metier: (row) => ({ romeCode: row.romeCode }),
  company: (row) => (row.companyId ? { id: row.companyId } : null),
  commune: (row) => ({ code: row.communeCode }),
  distanceKm: distanceOf,
  active: async (row, _, ctx) => {
    const used = await ctx.loaders.requestsThisMonth.load(row.id);
    return isContactable(row, todayInParis(ctx.now), Number(used?.n ?? 0));
  },
  responseRate: async (row, _, ctx) => {
    const stats = await ctx.loaders.responseStatistics.load(row.id);
    const considered = Number(stats?.considered ?? 0);
    return considered === 0 ? null : Number(stats?.answered ?? 0) / considered;
  },
  contactDetails: (row, _, ctx) =>
    reveal(ctx, mayReadAmbassadorContact(ctx.identity, row), 'Ambassador', row.id) ? row : null,
  medianResponseHours: async (row, _, ctx) => {
    const median = (await ctx.loaders.responseStatistics.load(row.id))?.medianHours;
    return median === null || median === undefined ? null : Math.round(Number(median) * 10) / 10;
  },
};
