import { pageSize } from '@dm/shared';
import type { AmbassadorResolvers } from '../generated/resolvers.ts';

/** The events an ambassador speaks at, contributed to the people subgraph's type. */
export const Ambassador: AmbassadorResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  interventions: (ref, { upcoming, includeCancelled, first }, ctx) =>
    ctx.loaders.eventsOfAmbassador(upcoming ?? true, includeCancelled ?? false, pageSize(first)).load(ref.id),
};
