import { forgettingAfterWrites, personalDataResolvers, scalarResolvers } from '@dm/shared';
import { eventsPersonalData } from '../store/personalData.ts';
import type { Resolvers } from '../generated/resolvers.ts';
import { Attendee, Event, Registration, Venue } from './Event.ts';
import { Mutation } from './Mutation.ts';
import { Query } from './Query.ts';
import { Ambassador, Company } from './References.ts';
import { EventStatistics, RegionalDashboard } from './RegionalDashboard.ts';

const privacy = personalDataResolvers(eventsPersonalData);

export const resolvers: Resolvers = {
  ...scalarResolvers,
  JSON: privacy.JSON,
  DataSubject: privacy.DataSubject,
  AuditLog: privacy.AuditLog,
  AuditEntry: privacy.AuditEntry as Resolvers['AuditEntry'],
  Query,
  Mutation: forgettingAfterWrites({ ...Mutation, eraseEventsPersonalData: privacy.erase }),
  Event,
  Venue,
  Registration,
  Attendee,
  Company,
  Ambassador,
  RegionalDashboard,
  EventStatistics,
};
