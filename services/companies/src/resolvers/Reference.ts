import { communes, departments, metiers } from '@dm/shared/reference';
import type { CommuneResolvers, MetierResolvers, ReferentResolvers } from '../generated/resolvers.ts';
import { pageSize } from '@dm/shared';

export const Commune: CommuneResolvers = {
  __resolveReference: (ref) => communes.get(ref.code) ?? null,
  department: (commune) => departments.get(commune.departmentCode)!,
};

export const Metier: MetierResolvers = {
  __resolveReference: (ref) => metiers.get(ref.romeCode) ?? null,
};

export const Referent: ReferentResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  companies: async (ref, { first }, ctx) =>
    (await ctx.loaders.companiesByReferent.load(ref.id)).slice(0, pageSize(first)).map((row) => row.company),
};
