import { departments } from '@dm/shared/reference';
import type {
  Audience,
  ContactRequestResolvers,
  ParentsCafeRegistrationResolvers,
  ParentsCafeResolvers,
  ReferentResolvers,
} from '../generated/resolvers.ts';
import type { Context } from '../context.ts';
import type { ContactRequestView } from '../mappers.ts';
import { requireThat, reveal } from '@dm/shared';
import { mayReadCafeParents, mayReadContactRequest } from '../rules/visibility.ts';
import { listCafeRegistrations } from '../store/cafes.ts';
import { cafeStatus } from '../rules/cafes.ts';

export const Referent: ReferentResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.referent.load(ref.id),
  organisation: (row) => row.organisation as 'AGENCY',
  role: (row) => row.role as 'PROXIMITY_REFERENT',
  departments: (row) => row.departments.map((code) => departments.get(code)!),
};

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

/** Who asked and why: the addressee and staff only; the requester's e-mail never leaves the subgraph. */
const visible =
  <T>(pick: (row: ContactRequestView) => T) =>
  (row: ContactRequestView, _args: unknown, ctx: Context) => {
    const allowed = mayReadContactRequest(ctx.identity, row);
    // A stand-in names no record: what it shows is what the caller just sent, so no read to audit.
    return (row.standIn ? allowed : reveal(ctx, allowed, 'ContactRequest', row.id)) ? pick(row) : null;
  };

export const ContactRequest: ContactRequestResolvers = {
  status: (row) => row.status as 'PENDING',
  ambassador: (row, _, ctx) => (row.ambassadorId ? ctx.loaders.ambassador.load(row.ambassadorId) : null),
  company: (row) => (row.companyId ? { id: row.companyId } : null),
  requesterName: visible((row) => row.requesterName),
  requesterRole: visible((row) => row.requesterRole as Audience),
  message: visible((row) => row.message),
  answer: visible((row) => row.answer),
};
