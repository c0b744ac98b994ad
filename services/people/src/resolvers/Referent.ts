import { departments } from '@dm/shared/reference';
import type { ReferentResolvers } from '../generated/resolvers.ts';

export const Referent: ReferentResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.referent.load(ref.id),
  organisation: (row) => row.organisation as 'AGENCY',
  role: (row) => row.role as 'PROXIMITY_REFERENT',
  departments: (row) => row.departments.map((code) => departments.get(code)!),
};
