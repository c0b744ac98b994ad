import { forgettingAfterWrites, personalDataResolvers, scalarResolvers } from '@dm/shared';
import { peoplePersonalData } from '../store/personalData.ts';
import type { Resolvers } from '../generated/resolvers.ts';
import { Ambassador } from './Ambassador.ts';
import { Company } from './Company.ts';
import { ContactRequest } from './ContactRequest.ts';
import { CoordinatorAction } from './CoordinatorAction.ts';
import { Mutation } from './Mutation.ts';
import { Query } from './Query.ts';
import { Referent } from './Referent.ts';
import {
  AmbassadorStatistics,
  ContactRequestStatistics,
  CoordinatorActionStatistics,
  RegionalDashboard,
} from './RegionalDashboard.ts';

const privacy = personalDataResolvers(peoplePersonalData);

export const resolvers: Resolvers = {
  ...scalarResolvers,
  ...privacy.types,
  Query,
  Mutation: forgettingAfterWrites({ ...Mutation, ...privacy.mutations }),
  Ambassador,
  Company,
  Referent,
  ContactRequest,
  CoordinatorAction,
  RegionalDashboard,
  AmbassadorStatistics,
  ContactRequestStatistics,
  CoordinatorActionStatistics,
};
