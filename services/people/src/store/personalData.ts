import { type Database, ERASED, erasedAddress, type PersonalDataOfSubgraph } from '@dm/shared';
import { eraseMail, mailTo } from '@dm/shared/mail';
import { eq, sql } from '@dm/shared/orm';
import { ambassador, auditEntry, contactRequest, outbox, referent } from '../db/schema.ts';

/** What records become once erased or past their retention period. */
export const anonymised = {
  requester: {
    requesterName: ERASED,
    requesterEmail: erasedAddress(contactRequest.id),
    requesterEmailKey: erasedAddress(contactRequest.id),
    message: '[effacé]',
    answer: sql<string | null>`case when ${contactRequest.answer} is null then null else '[effacé]' end`,
  },
  /** An erased ambassador exists for no caller any more (see `notErased`), only as a tombstone. */
  ambassador: {
    erasedAt: sql<Date>`date_trunc('milliseconds', now())`,
    firstName: ERASED,
    lastName: ERASED,
    email: erasedAddress(ambassador.id),
    emailKey: erasedAddress(ambassador.id),
    phone: null,
    searchText: '',
  },
};

/**
 * The personal data of the people subgraph: ambassadors (as persons), referents' addresses, contact
 * requesters, and the messages queued about them (parents registered to cafés are attendees of the events
 * subgraph).
 */
export const peoplePersonalData: PersonalDataOfSubgraph = {
  field: 'people',
  eraseMutation: 'erasePeoplePersonalData',
  auditTable: auditEntry,
  async exportFor(db: Database, email: string) {
    const ambassadors = await db
      .select({
        id: ambassador.id,
        firstName: ambassador.firstName,
        lastName: ambassador.lastName,
        email: ambassador.email,
        phone: ambassador.phone,
        jobTitle: ambassador.jobTitle,
        romeCode: ambassador.romeCode,
        companyId: ambassador.companyId,
        communeCode: ambassador.communeCode,
        createdAt: ambassador.createdAt,
      })
      .from(ambassador)
      .where(eq(ambassador.emailKey, email));
    const referents = await db
      .select({ id: referent.id, fullName: referent.fullName, email: referent.email })
      .from(referent)
      .where(sql`lower(${referent.email}) = ${email}`);
    const contactRequests = await db
      .select({
        id: contactRequest.id,
        ambassadorId: contactRequest.ambassadorId,
        companyId: contactRequest.companyId,
        status: contactRequest.status,
        requesterName: contactRequest.requesterName,
        requesterEmail: contactRequest.requesterEmail,
        requesterRole: contactRequest.requesterRole,
        minor: contactRequest.minor,
        guardianConsent: contactRequest.guardianConsent,
        message: contactRequest.message,
        answer: contactRequest.answer,
        createdAt: contactRequest.createdAt,
        answeredAt: contactRequest.answeredAt,
        emailConfirmedAt: contactRequest.emailConfirmedAt,
      })
      .from(contactRequest)
      .where(eq(contactRequest.requesterEmailKey, email));
    const messages = await mailTo(db, outbox, email);
    return { ambassadors, referents, contactRequests, messages };
  },
  async eraseFor(db: Database, email: string) {
    const requests = await db
      .update(contactRequest)
      .set(anonymised.requester)
      .where(eq(contactRequest.requesterEmailKey, email))
      .returning({ id: contactRequest.id });
    const ambassadors = await db
      .update(ambassador)
      .set({
        ...anonymised.ambassador,
        sortName: 'zzz',
        // Leaving the network now: the tombstone carries the time of the erasure.
        deactivatedAt: sql`date_trunc('milliseconds', now())`,
        updatedAt: new Date(),
      })
      .where(eq(ambassador.emailKey, email))
      .returning({ id: ambassador.id });
    const referents = await db
      .update(referent)
      .set({ fullName: ERASED, email: null, updatedAt: new Date() })
      .where(sql`lower(${referent.email}) = ${email}`)
      .returning({ id: referent.id });
    // Messages to the person, and messages about their requests (which quote them), go too.
    const mails = await eraseMail(
      db,
      outbox,
      email,
      requests.map((r) => r.id),
    );
    return requests.length + mails + ambassadors.length + referents.length;
  },
};
