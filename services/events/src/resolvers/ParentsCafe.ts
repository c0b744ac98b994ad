import { distanceOf, requireThat, reveal } from '@dm/shared';
import type {
  ParentsCafeRegistrationResolvers,
  ParentsCafeResolvers,
  RegisteredParentResolvers,
} from '../generated/resolvers.ts';
import { cafeStatus, MAX_CAFE_CAPACITY, PARENTS_CAFE } from '../rules/cafes.ts';
import { remainingSeats } from '../rules/registration.ts';
import { mayReadAttendees } from '../rules/visibility.ts';
import { listRegistrations } from '../store/registrations.ts';

// The café operations of the first version, on the events that cafés now are (kind PARENTS_CAFE).
export const ParentsCafe: ParentsCafeResolvers = {
  __resolveReference: async (ref, ctx) => {
    const row = await ctx.loaders.event.load(ref.id);
    return row?.kind === PARENTS_CAFE ? row : null;
  },
  event: (row) => row,
  distanceKm: distanceOf,
  startsAt: (row) => row.startsAt ?? row.sortAt,
  endsAt: (row) => row.endsAt ?? row.endSortAt,
  venue: (row) => row.venueName,
  commune: (row) => ({ code: row.communeCode ?? '' }),
  facilitator: (row) => row.facilitatorName ?? '',
  capacity: (row) => row.capacity ?? MAX_CAFE_CAPACITY,
  registeredCount: (row) => row.confirmedCount,
  remainingSeats: (row) =>
    remainingSeats({ capacity: row.capacity ?? MAX_CAFE_CAPACITY, confirmedCount: row.confirmedCount }) ?? 0,
  status: (row, _, ctx) => cafeStatus(row, ctx.now),
  registrations: (row, { first, after }, ctx) => {
    requireThat(mayReadAttendees(ctx.identity, row), 'Only staff of the department see who registered');
    return listRegistrations(ctx.db, row.id, null, first, after);
  },
};

export const ParentsCafeRegistration: ParentsCafeRegistrationResolvers = {
  cafe: async (row, _, ctx) => (await ctx.loaders.event.load(row.eventId))!,
  status: (row) => (row.status === 'CONFIRMED' ? 'REGISTERED' : row.status),
  cancellationToken: (row) => row.cancellationToken ?? null,
  parent: async (row, _, ctx) => {
    const cafe = await ctx.loaders.event.load(row.eventId);
    if (!cafe) return null;
    const allowed = mayReadAttendees(ctx.identity, cafe);
    // A stand-in names no record: what it shows is what the caller just sent, so no read to audit.
    return (row.standIn ? allowed : reveal(ctx, allowed, 'Registration', row.id)) ? row : null;
  },
};

export const RegisteredParent: RegisteredParentResolvers = {};
