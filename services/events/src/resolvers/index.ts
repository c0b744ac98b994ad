import { forgettingAfterWrites, personalDataResolvers, scalarResolvers } from '@dm/shared';
import { eventsPersonalData } from '../store/personalData.ts';
import type { Resolvers } from '../generated/resolvers.ts';
import { Event } from './Event.ts';
import { GroupOrganiser, GroupRegistration, Registration } from './Registration.ts';
import { ParentsCafe, ParentsCafeRegistration, RegisteredParent } from './ParentsCafe.ts';
import { Venue } from './Venue.ts';
import { Mutation } from './Mutation.ts';
import { Query } from './Query.ts';
import { Ambassador } from './Ambassador.ts';
import { Company } from './Company.ts';
import { BranchAgreement } from './BranchAgreement.ts';
import { Consultation } from './Consultation.ts';
import { EventStatistics, ParentsCafeStatistics, RegionalDashboard } from './RegionalDashboard.ts';

const privacy = personalDataResolvers(eventsPersonalData);

export const resolvers: Resolvers = {
  ...scalarResolvers,
  ...privacy.types,
  Query,
  Mutation: forgettingAfterWrites({ ...Mutation, ...privacy.mutations }),
  Event,
  Venue,
  Registration,
  GroupRegistration,
  GroupOrganiser,
  ParentsCafe,
  ParentsCafeRegistration,
  RegisteredParent,
  ParentsCafeStatistics,
  Company,
  Ambassador,
  BranchAgreement,
  Consultation,
  RegionalDashboard,
  EventStatistics,
};
