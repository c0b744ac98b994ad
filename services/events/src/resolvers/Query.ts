import { isUuid } from '@dm/shared';
import type { QueryResolvers } from '../generated/resolvers.ts';
import { icalendar } from '../store/calendar.ts';
import { listEvents } from '../store/events.ts';
import { listCafes } from '../store/cafes.ts';
import { PARENTS_CAFE } from '../rules/cafes.ts';
import { consultations } from '../seed/consultations.ts';

export const Query: QueryResolvers = {
  event: (_, { id }, ctx) => (isUuid(id) ? ctx.loaders.event.load(id) : null),
  events: (_, { filter, orderBy, first, after }, ctx) =>
    listEvents(ctx.db, filter ?? {}, first, after, ctx.now, orderBy),
  parentsCafe: async (_, { id }, ctx) => {
    const row = isUuid(id) ? await ctx.loaders.event.load(id) : null;
    return row?.kind === PARENTS_CAFE ? row : null;
  },
  parentsCafes: (_, { filter, orderBy, first, after }, ctx) => listCafes(ctx.db, filter ?? {}, first, after, orderBy),
  consultations: () => consultations,
  eventsCalendar: async (_, { filter, first }, ctx) => {
    const page = await listEvents(ctx.db, filter ?? {}, first ?? 100, null, ctx.now);
    return icalendar(page.edges.map((e) => e.node));
  },
};
