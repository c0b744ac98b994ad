import { forgettingAfterWrites, personalDataResolvers, scalarResolvers } from '@dm/shared';
import { companiesPersonalData } from '../store/personalData.ts';
import type { Resolvers } from '../generated/resolvers.ts';
import { Charter, Commitment } from './Charter.ts';
import { Company } from './Company.ts';
import { ImmersionOffer, ImmersionRequest, ImmersionRequester } from './ImmersionOffer.ts';
import { Mutation } from './Mutation.ts';
import { Query } from './Query.ts';
import { Commune, Metier, Referent } from './Reference.ts';
import { CharterStatistics, ImmersionStatistics, RegionalDashboard } from './RegionalDashboard.ts';

const privacy = personalDataResolvers(companiesPersonalData);

export const resolvers: Resolvers = {
  ...scalarResolvers,
  ...privacy.types,
  Query,
  Mutation: forgettingAfterWrites({ ...Mutation, ...privacy.mutations }),
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
