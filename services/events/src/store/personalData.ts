import { type Database, ERASED, erasedAddress, type PersonalDataOfSubgraph } from '@dm/shared';
import { eq } from '@dm/shared/orm';
import { auditEntry, registration } from '../db/schema.ts';

/** What an attendee's record becomes once erased or past its retention period. */
export const anonymisedAttendee = {
  firstName: ERASED,
  lastName: ERASED,
  email: erasedAddress(registration.id),
  emailKey: erasedAddress(registration.id),
  birthDate: null,
};

/** The personal data of the events subgraph: attendees. */
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
    return { registrations };
  },
  async eraseFor(db: Database, email: string) {
    const erased = await db
      .update(registration)
      .set({ ...anonymisedAttendee, updatedAt: new Date() })
      .where(eq(registration.emailKey, email))
      .returning({ id: registration.id });
    return erased.length;
  },
};
