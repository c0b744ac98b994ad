import { communes, departments } from '@dm/shared/reference';
import type { CommuneResolvers } from '../generated/resolvers.ts';

export const Commune: CommuneResolvers = {
  __resolveReference: (ref) => communes.get(ref.code) ?? null,
  department: (commune) => departments.get(commune.departmentCode)!,
};
