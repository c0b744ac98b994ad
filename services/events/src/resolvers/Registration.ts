import { reveal } from '@dm/shared';
import type {
  GroupOrganiserResolvers,
  GroupRegistrationResolvers,
  RegistrationResolvers,
} from '../generated/resolvers.ts';
import type { Context } from '../context.ts';
import type { RegistrationView } from '../mappers.ts';
import { mayReadAttendees } from '../rules/visibility.ts';

const position = async (row: RegistrationView, ctx: Context) => {
  if (row.status !== 'WAITLISTED') return null;
  const waitlist = await ctx.loaders.waitlist.load(row.eventId);
  const index = waitlist.findIndex((r) => r.id === row.id);
  return index === -1 ? null : index + 1;
};

/** Whether the caller manages the registration's event: they alone see who registered, and tickets. */
const manages = async (row: RegistrationView, ctx: Context) => {
  const ev = await ctx.loaders.event.load(row.eventId);
  return ev !== null && mayReadAttendees(ctx.identity, ev);
};

/** Personal data of a registration, to the staff who manage its event; each read is audited. */
const personal = async (row: RegistrationView, ctx: Context) => {
  const allowed = await manages(row, ctx);
  // A stand-in names no record: what it shows is what the caller just sent, so no read to audit.
  return (row.standIn ? allowed : reveal(ctx, allowed, 'Registration', row.id)) ? row : null;
};

export const Registration: RegistrationResolvers = {
  event: async (row, _, ctx) => (await ctx.loaders.event.load(row.eventId))!,
  position: (row, _, ctx) => position(row, ctx),
  cancellationToken: (row) => row.cancellationToken ?? null,
  emailConfirmed: (row) => row.emailConfirmedAt !== null,
  group: (row) => (row.groupName ? row : null),
  ticketCode: async (row, _, ctx) => ((await manages(row, ctx)) ? row.ticketCode : null),
  attendee: (row, _, ctx) => personal(row, ctx),
};

export const GroupRegistration: GroupRegistrationResolvers = {
  event: async (row, _, ctx) => (await ctx.loaders.event.load(row.eventId))!,
  position: (row, _, ctx) => position(row, ctx),
  groupName: (row) => row.groupName ?? '',
  cancellationToken: (row) => row.cancellationToken ?? null,
  emailConfirmed: (row) => row.emailConfirmedAt !== null,
  organiser: (row, _, ctx) => personal(row, ctx),
};

export const GroupOrganiser: GroupOrganiserResolvers = {
  organisation: (row) => row.organisation ?? '',
  participants: (row) => row.participants ?? 0,
  accompanying: (row) => row.accompanying ?? 0,
};
