import type { EventResolvers } from '../generated/resolvers.ts';
import { distanceOf, pageSize, requireThat } from '@dm/shared';
import { departments } from '@dm/shared/reference';
import { mayReadCancellationReason } from '../rules/access.ts';
import { mayReadAttendees } from '../rules/visibility.ts';
import { listRegistrations } from '../store/registrations.ts';
import { registrationOpen, remainingSeats } from '../rules/registration.ts';
import { eventStatus } from '../rules/schedule.ts';
import { icalendar } from '../store/calendar.ts';

export const Event: EventResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.event.load(ref.id),
  venue: (row) => (row.online || (!row.communeCode && !row.venueName) ? null : row),
  department: (row) => (row.departmentCode ? (departments.get(row.departmentCode) ?? null) : null),
  accessibility: (row) => ({
    wheelchairAccessible: row.wheelchairAccessible,
    hearingLoop: row.hearingLoop,
    details: row.accessibilityDetails,
  }),
  distanceKm: distanceOf,
  metiers: (row) => row.romeCodes.map((romeCode) => ({ romeCode })),
  registrationOpen: (row, _, ctx) => registrationOpen(row, ctx.now),
  registeredCount: (row) => row.confirmedCount,
  remainingSeats: (row) => remainingSeats(row),
  waitlistCount: (row) => row.waitlistCount,
  facilitator: (row) => row.facilitatorName,
  status: (row, _, ctx) => eventStatus(row, ctx.now),
  parent: (row, _, ctx) => (row.parentId ? ctx.loaders.event.load(row.parentId) : null),
  sessions: (row, _, ctx) => ctx.loaders.sessions.load(row.id),
  branchAgreement: (row) => (row.branchAgreementId ? { id: row.branchAgreementId } : null),
  exhibitors: async (row, { first }, ctx) =>
    (await ctx.loaders.exhibitors.load(row.id)).slice(0, pageSize(first)).map((x) => ({ id: x.companyId })),
  speakers: async (row, { first }, ctx) =>
    (await ctx.loaders.speakers.load(row.id)).slice(0, pageSize(first)).map((x) => ({ id: x.ambassadorId })),
  icalendar: (row) => icalendar([row]),
  cancellationReason: (row, _, ctx) => {
    requireThat(
      mayReadCancellationReason(ctx.identity, row),
      'Only those who manage this event see why it was cancelled',
    );
    return row.cancellationReason ?? null;
  },
  registrations: (row, { status, first, after }, ctx) => {
    requireThat(mayReadAttendees(ctx.identity, row), 'Only the staff who manage this event see its registrations');
    return listRegistrations(ctx.db, row.id, status ?? null, first, after);
  },
};
