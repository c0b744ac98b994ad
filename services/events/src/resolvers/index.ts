import { forgettingAfterWrites, scalarResolvers } from '@dm/shared';
import type { Resolvers } from '../generated/resolvers.ts';
import { Attendee, Event, Registration, Venue } from './Event.ts';
import { Mutation } from './Mutation.ts';
import { Query } from './Query.ts';
import { Ambassador, Company } from './References.ts';
import { EventStatistics, RegionalDashboard } from './RegionalDashboard.ts';

export const resolvers: Resolvers = {
  ...scalarResolvers,
  Query,
  Mutation: forgettingAfterWrites(Mutation),
  Event,
  Venue,
  Registration,
  Attendee,
  Company,
  Ambassador,
  RegionalDashboard,
  EventStatistics,
};
