import { requireStaff } from '@dm/shared';
import { departments, epcis } from '@dm/shared/reference';
import type { ReferentResolvers } from '../generated/resolvers.ts';
import { actionsOf } from '../store/missions.ts';

export const Referent: ReferentResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.referent.load(ref.id),
  departments: (row) => row.departments.map((code) => departments.get(code)!),
  epcis: (row) =>
    row.epcis.flatMap((siren) => {
      const epci = epcis.get(siren);
      return epci ? [{ siren: epci.siren, name: epci.name }] : [];
    }),
  actions: (row, { first, after }, ctx) => {
    requireStaff(ctx.identity);
    return actionsOf(ctx.db, row.id, first, after);
  },
};
