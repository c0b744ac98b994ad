import { pageSize } from '@dm/shared';
import type { CompanyResolvers } from '../generated/resolvers.ts';

/** The events a company takes part in, contributed to the companies subgraph's type. */
export const Company: CompanyResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  events: (ref, { upcoming, includeCancelled, first }, ctx) =>
    ctx.loaders.eventsOfCompany(upcoming ?? true, includeCancelled ?? false, pageSize(first)).load(ref.id),
};
