import { forgettingAfterWrites, personalDataResolvers, scalarResolvers } from '@dm/shared';
import { eventsPersonalData } from '../store/personalData.ts';
import type { Resolvers } from '../generated/resolvers.ts';
import { Event } from './Event.ts';
import { Attendee, Registration } from './Registration.ts';
import { Venue } from './Venue.ts';
import { Mutation } from './Mutation.ts';
import { Query } from './Query.ts';
import { Ambassador } from './Ambassador.ts';
import { Company } from './Company.ts';
import { EventStatistics, RegionalDashboard } from './RegionalDashboard.ts';

const privacy = personalDataResolvers(eventsPersonalData);

export const resolvers: Resolvers = {
  ...scalarResolvers,
  ...privacy.types,
  Query,
  Mutation: forgettingAfterWrites({ ...Mutation, ...privacy.mutations }),
  Event,
  Venue,
  Registration,
  Attendee,
  Company,
  Ambassador,
  RegionalDashboard,
  EventStatistics,
};
