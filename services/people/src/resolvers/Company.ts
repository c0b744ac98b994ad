import { pageSize } from '@dm/shared';
import type { CompanyResolvers } from '../generated/resolvers.ts';

/** A company's ambassadors, contributed to the companies subgraph's type. */
export const Company: CompanyResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  ambassadors: async (ref, { first }, ctx) =>
    (await ctx.loaders.ambassadorsOfCompany.load(ref.id)).slice(0, pageSize(first)),
};
