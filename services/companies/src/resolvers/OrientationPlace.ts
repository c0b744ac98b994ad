import { communes, departments, epcis } from '@dm/shared/reference';
import type { OrientationPlaceResolvers } from '../generated/resolvers.ts';

export const OrientationPlace: OrientationPlaceResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.place.load(ref.id),
  commune: (row) => (row.communeCode ? (communes.get(row.communeCode) ?? null) : null),
  department: (row) => (row.departmentCode ? (departments.get(row.departmentCode) ?? null) : null),
  epci: (row) => {
    const epci = row.epciSiren ? epcis.get(row.epciSiren) : undefined;
    return epci ? { siren: epci.siren, name: epci.name } : null;
  },
};
