import { reveal } from '@dm/shared';
import type { AttendeeResolvers, Audience, RegistrationResolvers } from '../generated/resolvers.ts';
import { mayReadAttendees } from '../rules/visibility.ts';

export const Registration: RegistrationResolvers = {
  event: async (row, _, ctx) => (await ctx.loaders.event.load(row.eventId))!,
  status: (row) => row.status as 'CONFIRMED',
  position: async (row, _, ctx) => {
    if (row.standIn) return row.standIn.position;
    if (row.status !== 'WAITLISTED') return null;
    const waitlist = await ctx.loaders.waitlist.load(row.eventId);
    const index = waitlist.findIndex((r) => r.id === row.id);
    return index === -1 ? null : index + 1;
  },
  cancellationToken: (row) => row.cancellationToken ?? null,
  attendee: async (row, _, ctx) => {
    const ev = await ctx.loaders.event.load(row.eventId);
    const allowed = ev !== null && mayReadAttendees(ctx.identity, ev);
    // A stand-in names no record: what it shows is what the caller just sent, so no read to audit.
    return (row.standIn ? allowed : reveal(ctx, allowed, 'Registration', row.id)) ? row : null;
  },
};

export const Attendee: AttendeeResolvers = {
  category: (row) => row.category as Audience,
};
