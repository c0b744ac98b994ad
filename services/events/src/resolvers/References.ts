import { pageSize } from '@dm/shared';
import type { AmbassadorResolvers, CompanyResolvers } from '../generated/resolvers.ts';

export const Company: CompanyResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  events: (ref, { upcoming, first }, ctx) =>
    ctx.loaders.eventsOfCompany(upcoming ?? true, pageSize(first)).load(ref.id),
};

export const Ambassador: AmbassadorResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  interventions: (ref, { upcoming, first }, ctx) =>
    ctx.loaders.eventsOfAmbassador(upcoming ?? true, pageSize(first)).load(ref.id),
};
