import { requireThat, reveal } from '@dm/shared';
import { communes, metiers } from '@dm/shared/reference';
import type {
  ImmersionOfferResolvers,
  ImmersionRequestResolvers,
  ImmersionRequesterResolvers,
  Audience,
} from '../generated/resolvers.ts';
import type { ImmersionRequestView } from '../mappers.ts';
import { mayReadImmersionRequester } from '../rules/visibility.ts';
import { remainingPlaces } from '../rules/immersion.ts';
import { listRequests } from '../store/immersions.ts';
import { companyScope } from './scope.ts';
import type { Context } from '../context.ts';

/** Whether the caller may see who asked for places on an offer of this company (the visibility policy). */
async function seesRequesters(ctx: Context, companyId: string) {
  const owner = await ctx.loaders.company.load(companyId);
  return owner !== null && mayReadImmersionRequester(ctx.identity, await companyScope(ctx, owner));
}

/** A requester's data, returned only when the policy allows it, and recorded as read. */
async function revealRequest(ctx: Context, row: ImmersionRequestView) {
  const offer = await ctx.loaders.offer.load(row.offerId);
  const allowed = offer !== null && (await seesRequesters(ctx, offer.companyId));
  // A stand-in names no record: what it shows is what the caller just sent, so no read to audit.
  return row.standIn ? allowed : reveal(ctx, allowed, 'ImmersionRequest', row.id);
}

export const ImmersionOffer: ImmersionOfferResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.offer.load(ref.id),
  company: async (row, _, ctx) => (await ctx.loaders.company.load(row.companyId))!,
  metier: (row) => metiers.get(row.romeCode)!,
  commune: (row) => (row.communeCode ? (communes.get(row.communeCode) ?? null) : null),
  remainingPlaces: (row) => remainingPlaces(row),
  audiences: (row) => row.audiences as Audience[],
  requests: async (row, { first, after }, ctx) => {
    requireThat(await seesRequesters(ctx, row.companyId), 'Only the company and its referents see requests');
    return listRequests(ctx.db, row.id, first, after);
  },
};

export const ImmersionRequest: ImmersionRequestResolvers = {
  offer: async (row, _, ctx) => (await ctx.loaders.offer.load(row.offerId))!,
  status: (row) => row.status as 'PENDING',
  requester: async (row, _, ctx) => ((await revealRequest(ctx, row)) ? row : null),
  message: async (row, _, ctx) => ((await revealRequest(ctx, row)) ? row.message : null),
};

export const ImmersionRequester: ImmersionRequesterResolvers = {
  category: (row) => row.category as Audience,
};
