import { forgettingAfterWrites, personalDataResolvers, scalarResolvers } from '@dm/shared';
import { companiesPersonalData } from '../store/personalData.ts';
import type { Resolvers } from '../generated/resolvers.ts';
import { Charter } from './Charter.ts';
import { Commitment } from './Commitment.ts';
import { Company } from './Company.ts';
import { ImmersionOffer } from './ImmersionOffer.ts';
import { ImmersionRequest, ImmersionRequester } from './ImmersionRequest.ts';
import { Mutation } from './Mutation.ts';
import { Query } from './Query.ts';
import { Referent } from './Referent.ts';
import { Commune } from './Commune.ts';
import { Metier } from './Metier.ts';
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
