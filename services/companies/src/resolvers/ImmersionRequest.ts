import type { Audience, ImmersionRequestResolvers, ImmersionRequesterResolvers } from '../generated/resolvers.ts';
import { revealRequest } from './scope.ts';

export const ImmersionRequest: ImmersionRequestResolvers = {
  offer: async (row, _, ctx) => (await ctx.loaders.offer.load(row.offerId))!,
  status: (row) => row.status as 'PENDING',
  requester: async (row, _, ctx) => ((await revealRequest(ctx, row)) ? row : null),
  message: async (row, _, ctx) => ((await revealRequest(ctx, row)) ? row.message : null),
};

export const ImmersionRequester: ImmersionRequesterResolvers = {
  category: (row) => row.category as Audience,
};
