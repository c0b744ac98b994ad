import type { CoordinatorActionResolvers } from '../generated/resolvers.ts';

export const CoordinatorAction: CoordinatorActionResolvers = {
  coordinator: async (row, _, ctx) => (await ctx.loaders.referent.load(row.referentId))!,
  commune: (row) => ({ code: row.communeCode }),
};
