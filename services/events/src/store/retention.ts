import { type Database, ERASED, olderThan, retention } from '@dm/shared';
import { purgeSentMail } from '@dm/shared/mail';
import { purgeWebhookEvents } from '@dm/shared/webhooks';
import { and, inArray, lt, ne } from '@dm/shared/orm';
import { event, outbox, registration, webhookEvent } from '../db/schema.ts';
import { anonymisedAttendee } from './personalData.ts';

/** Anonymises the attendees of events that ended more than a year ago, and drops old sent messages. */
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
  const sentMessages = await purgeSentMail(db, outbox, now);
  const webhookEvents = await purgeWebhookEvents(db, webhookEvent, now);
  return { eventAttendees: attendees.length, sentMessages, webhookEvents };
}
