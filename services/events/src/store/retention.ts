import { type Database, ERASED, olderThan, retention } from '@dm/shared';
import { and, inArray, lt, ne, sql } from '@dm/shared/orm';
import { auditEntry, event, registration } from '../db/schema.ts';
import { anonymisedAttendee } from './personalData.ts';

/** Anonymises the attendees of events that ended more than a year ago. */
export async function purgeEvents(db: Database, now: Date) {
  const ended = db
    .select({ id: event.id })
    .from(event)
    .where(lt(event.endSortAt, olderThan(now, retention.eventAttendeesDays)));
  const attendees = await db
    .update(registration)
    .set(anonymisedAttendee)
    .where(and(inArray(registration.eventId, ended), ne(registration.firstName, ERASED)))
    .returning({ id: registration.id });
  const reads = await db
    .delete(auditEntry)
    .where(
      and(
        sql`${auditEntry.action} = 'READ_PERSONAL_DATA'`,
        lt(auditEntry.at, olderThan(now, retention.auditReadsDays)),
      ),
    )
    .returning({ id: auditEntry.id });
  return { eventAttendees: attendees.length, auditReads: reads.length };
}
