import type { BranchAgreementResolvers } from '../generated/resolvers.ts';
import { listEvents } from '../store/events.ts';

/** The events a professional branch co-organises, contributed to the companies subgraph's agreement. */
export const BranchAgreement: BranchAgreementResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  events: (ref, { first, after }, ctx) => listEvents(ctx.db, { branchAgreementId: ref.id }, first, after, ctx.now),
};
