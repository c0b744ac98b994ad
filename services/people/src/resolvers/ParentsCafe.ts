import { requireThat, reveal } from '@dm/shared';
import type { ParentsCafeRegistrationResolvers, ParentsCafeResolvers } from '../generated/resolvers.ts';
import { cafeStatus } from '../rules/cafes.ts';
import { mayReadCafeParents } from '../rules/visibility.ts';
import { listCafeRegistrations } from '../store/cafes.ts';

export const ParentsCafe: ParentsCafeResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.cafe.load(ref.id),
  venue: (row) => row.venueName,
  commune: (row) => ({ code: row.communeCode }),
  facilitator: (row) => row.facilitatorName,
  remainingSeats: (row) => Math.max(0, row.capacity - row.registeredCount),
  status: (row, _, ctx) => cafeStatus(row, ctx.now),
  registrations: (row, { first, after }, ctx) => {
    requireThat(mayReadCafeParents(ctx.identity, row), 'Only staff of the department see who registered');
    return listCafeRegistrations(ctx.db, row.id, first, after);
  },
};

export const ParentsCafeRegistration: ParentsCafeRegistrationResolvers = {
  cafe: async (row, _, ctx) => (await ctx.loaders.cafe.load(row.cafeId))!,
  status: (row) => row.status as 'REGISTERED',
  cancellationToken: (row) => row.cancellationToken ?? null,
  parent: async (row, _, ctx) => {
    const cafe = await ctx.loaders.cafe.load(row.cafeId);
    if (!cafe) return null;
    // A stand-in names no record: what it shows is what the caller just sent, so no read to audit.
    if (row.standIn) return mayReadCafeParents(ctx.identity, cafe) ? row : null;
    return reveal(ctx, mayReadCafeParents(ctx.identity, cafe), 'ParentsCafeRegistration', row.id) ? row : null;
  },
};
