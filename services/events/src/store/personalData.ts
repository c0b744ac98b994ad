import { type Database, ERASED, erasedAddress, type PersonalDataOfSubgraph } from '@dm/shared';
import { eraseMail, mailTo } from '@dm/shared/mail';
import { eq } from '@dm/shared/orm';
import { auditEntry, outbox, registration } from '../db/schema.ts';

/** What an attendee's record becomes once erased or past its retention period. */
export const anonymisedAttendee = {
  firstName: ERASED,
  lastName: ERASED,
  email: erasedAddress(registration.id),
  emailKey: erasedAddress(registration.id),
  birthDate: null,
};

/** The personal data of the events subgraph: attendees, and the messages queued about them. */
export const eventsPersonalData: PersonalDataOfSubgraph = {
  field: 'events',
  eraseMutation: 'eraseEventsPersonalData',
  auditTable: auditEntry,
  async exportFor(db: Database, email: string) {
    const registrations = await db
      .select({
        id: registration.id,
        eventId: registration.eventId,
        status: registration.status,
        firstName: registration.firstName,
        lastName: registration.lastName,
        email: registration.email,
        category: registration.category,
        minor: registration.minor,
        birthDate: registration.birthDate,
        guardianConsent: registration.guardianConsent,
        attended: registration.attended,
        createdAt: registration.createdAt,
        cancelledAt: registration.cancelledAt,
      })
      .from(registration)
      .where(eq(registration.emailKey, email));
    const messages = await mailTo(db, outbox, email);
    return { registrations, messages };
  },
  async eraseFor(db: Database, email: string) {
    const erased = await db
      .update(registration)
      .set({ ...anonymisedAttendee, updatedAt: new Date() })
      .where(eq(registration.emailKey, email))
      .returning({ id: registration.id });
    // Messages to the person, and messages about their registrations (which quote them), go too.
    const mails = await eraseMail(
      db,
      outbox,
      email,
      erased.map((r) => r.id),
    );
    return erased.length + mails;
  },
};
