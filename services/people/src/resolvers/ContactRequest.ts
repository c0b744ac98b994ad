import { reveal } from '@dm/shared';
import type { Context } from '../context.ts';
import type { ContactRequestResolvers } from '../generated/resolvers.ts';
import type { ContactRequestView } from '../mappers.ts';
import { mayReadContactRequest } from '../rules/visibility.ts';

/** Who asked and why: the addressee and staff only; the requester's e-mail never leaves the subgraph. */
const visible =
  <T>(pick: (row: ContactRequestView) => T) =>
  (row: ContactRequestView, _args: unknown, ctx: Context) => {
    const allowed = mayReadContactRequest(ctx.identity, row);
    // A stand-in names no record: what it shows is what the caller just sent, so no read to audit.
    return (row.standIn ? allowed : reveal(ctx, allowed, 'ContactRequest', row.id)) ? pick(row) : null;
  };

export const ContactRequest: ContactRequestResolvers = {
  ambassador: (row, _, ctx) => (row.ambassadorId ? ctx.loaders.ambassador.load(row.ambassadorId) : null),
  company: (row) => (row.companyId ? { id: row.companyId } : null),
  emailConfirmed: (row) => row.emailConfirmedAt !== null,
  requesterName: visible((row) => row.requesterName),
  requesterRole: visible((row) => row.requesterRole),
  message: visible((row) => row.message),
  answer: visible((row) => row.answer),
};
