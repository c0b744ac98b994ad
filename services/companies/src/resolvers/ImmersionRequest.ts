import type { ImmersionRequestResolvers } from '../generated/resolvers.ts';
import { revealRequest, seesRequesters } from './scope.ts';

export const ImmersionRequest: ImmersionRequestResolvers = {
  offer: async (row, _, ctx) => (await ctx.loaders.offer.load(row.offerId))!,
  requester: async (row, _, ctx) => ((await revealRequest(ctx, row)) ? row : null),
  message: async (row, _, ctx) => ((await revealRequest(ctx, row)) ? row.message : null),
  agreement: async (row, _, ctx) =>
    !row.standIn && row.companyId && (await seesRequesters(ctx, row.companyId))
      ? ((await ctx.loaders.agreementsByRequest.load(row.id))[0] ?? null)
      : null,
};
