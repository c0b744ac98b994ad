import { type Database, ERASED, erasedAddress, type PersonalDataOfSubgraph } from '@dm/shared';
import { eraseMail, mailTo } from '@dm/shared/mail';
import { eq, sql } from '@dm/shared/orm';
import { auditEntry, outbox, registration } from '../db/schema.ts';

/** What an attendee's record becomes once erased or past its retention period. */
export const anonymisedAttendee = {
  firstName: ERASED,
  lastName: ERASED,
  email: erasedAddress(registration.id),
  emailKey: erasedAddress(registration.id),
  birthDate: null,
  // A group's name and organisation may name people ("la classe de M. Martin"); a ticket is the person's.
  groupName: sql<string | null>`case when ${registration.groupName} is null then null else ${ERASED} end`,
  organisation: sql<string | null>`case when ${registration.organisation} is null then null else ${ERASED} end`,
  ticketCode: null,
  confirmationTokenHash: null,
  mailedTokenHash: null,
};

/** The personal data of the events subgraph: attendees and group organisers, their tickets, and the messages queued about them. */
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
        groupName: registration.groupName,
        organisation: registration.organisation,
        uai: registration.uai,
        participants: registration.participants,
        accompanying: registration.accompanying,
        seats: registration.seats,
        ticketCode: registration.ticketCode,
        checkedInAt: registration.checkedInAt,
        emailConfirmedAt: registration.emailConfirmedAt,
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
