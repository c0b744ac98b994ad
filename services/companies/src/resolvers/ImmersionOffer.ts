import { distanceOf, requireThat } from '@dm/shared';
import { communes, metiers } from '@dm/shared/reference';
import type { ImmersionOfferResolvers } from '../generated/resolvers.ts';
import { remainingPlaces } from '../rules/immersion.ts';
import { listRequests } from '../store/immersions.ts';
import { offerTakesRequests, seesRequesters } from './scope.ts';

export const ImmersionOffer: ImmersionOfferResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.offer.load(ref.id),
  company: async (row, _, ctx) => (await ctx.loaders.company.load(row.companyId))!,
  metier: (row) => metiers.get(row.romeCode)!,
  commune: (row) => (row.communeCode ? (communes.get(row.communeCode) ?? null) : null),
  distanceKm: distanceOf,
  remainingPlaces: (row) => remainingPlaces(row),
  takingRequests: (row, _, ctx) => offerTakesRequests(ctx, row),
  requests: async (row, { first, after }, ctx) => {
    requireThat(await seesRequesters(ctx, row.companyId), 'Only the company and its referents see requests');
    return listRequests(ctx.db, row.id, first, after);
  },
};
