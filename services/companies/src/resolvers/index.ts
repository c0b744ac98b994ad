import { scalarResolvers } from '@dm/shared';
import type { Resolvers } from '../generated/resolvers.ts';
import { Charter, Commitment } from './Charter.ts';
import { Company } from './Company.ts';
import { ImmersionOffer, ImmersionRequest, ImmersionRequester } from './ImmersionOffer.ts';
import { forgetLoaded } from '../loaders.ts';
import type { Context } from '../context.ts';
import { Mutation } from './Mutation.ts';
import { Query } from './Query.ts';
import { Commune, Metier, Referent } from './Reference.ts';
import { CharterStatistics, ImmersionStatistics, RegionalDashboard } from './RegionalDashboard.ts';

/** Every mutation clears the request's loaders once it has written, so nested fields read fresh rows. */
function forgettingAfterWrites<T extends object>(mutations: T): T {
  return Object.fromEntries(
    Object.entries(mutations).map(([name, resolve]) => [
      name,
      async (parent: unknown, args: unknown, ctx: Context, info: unknown) => {
        const result = await resolve(parent, args, ctx, info);
        forgetLoaded(ctx.loaders);
        return result;
      },
    ]),
  ) as T;
}

export const resolvers: Resolvers = {
  ...scalarResolvers,
  Query,
  Mutation: forgettingAfterWrites(Mutation),
  Company,
  Charter,
  Commitment,
  ImmersionOffer,
  ImmersionRequest,
  ImmersionRequester,
  Commune,
  Metier,
  Referent,
  RegionalDashboard,
  CharterStatistics,
  ImmersionStatistics,
};
