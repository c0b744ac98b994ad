import { pageSize } from '@dm/shared';
import type { ReferentResolvers } from '../generated/resolvers.ts';

/** A referent's portfolio, contributed to the people subgraph's type. */
export const Referent: ReferentResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  companies: async (ref, { first }, ctx) =>
    (await ctx.loaders.companiesByReferent.load(ref.id)).slice(0, pageSize(first)).map((row) => row.company),
};
