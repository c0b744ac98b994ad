import { metiers } from '@dm/shared/reference';
import type { MetierResolvers } from '../generated/resolvers.ts';

export const Metier: MetierResolvers = {
  __resolveReference: (ref) => metiers.get(ref.romeCode) ?? null,
};
