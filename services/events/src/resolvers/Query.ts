import { isUuid } from '@dm/shared';
import type { QueryResolvers } from '../generated/resolvers.ts';
import { icalendar } from '../store/calendar.ts';
import { listEvents } from '../store/events.ts';

export const Query: QueryResolvers = {
  event: (_, { id }, ctx) => (isUuid(id) ? ctx.loaders.event.load(id) : null),
  events: (_, { filter, first, after }, ctx) => listEvents(ctx.db, filter ?? {}, first, after),
  eventsCalendar: async (_, { filter, first }, ctx) => {
    const page = await listEvents(ctx.db, filter ?? {}, first ?? 100, null);
    return icalendar(page.edges.map((e) => e.node));
  },
};
