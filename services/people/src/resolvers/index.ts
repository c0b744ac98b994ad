import { forgettingAfterWrites, scalarResolvers } from '@dm/shared';
import type { Resolvers } from '../generated/resolvers.ts';
import { Ambassador, Company } from './Ambassador.ts';
import { Mutation } from './Mutation.ts';
import { ContactRequest, ParentsCafe, ParentsCafeRegistration, Referent } from './Others.ts';
import { Query } from './Query.ts';
import { AmbassadorStatistics, ContactRequestStatistics, ParentsCafeStatistics, RegionalDashboard } from './RegionalDashboard.ts';

export const resolvers: Resolvers = {
  ...scalarResolvers,
  Query,
  Mutation: forgettingAfterWrites(Mutation),
  Ambassador,
  Company,
  Referent,
  ParentsCafe,
  ParentsCafeRegistration,
  ContactRequest,
  RegionalDashboard,
  AmbassadorStatistics,
  ParentsCafeStatistics,
  ContactRequestStatistics,
};
