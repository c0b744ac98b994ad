import { type Database, ERASED, olderThan, retention } from '@dm/shared';
import { purgeSentMail } from '@dm/shared/mail';
import { purgeWebhookEvents } from '@dm/shared/webhooks';
import { and, eq, inArray, lt, ne, or } from '@dm/shared/orm';
import { event, outbox, registration, standIn, webhookEvent } from '../db/schema.ts';
import type { EventKind } from '../generated/resolvers.ts';
import { PARENTS_CAFE } from '../rules/cafes.ts';
import { anonymisedAttendee } from './personalData.ts';

/**
 * Anonymises the attendees of events that ended more than a year ago, and the parents registered to cafés
 * three months after they took place (or were cancelled); drops old sent messages.
 */
export async function purgeEvents(db: Database, now: Date) {
  const anonymise = async (events: ReturnType<typeof endedBefore>) =>
    (
      await db
        .update(registration)
        .set(anonymisedAttendee)
        .where(and(inArray(registration.eventId, events), ne(registration.firstName, ERASED)))
        .returning({ id: registration.id })
    ).length;
  const endedBefore = (days: number, kind?: EventKind) =>
    db
      .select({ id: event.id })
      .from(event)
      .where(
        and(
          or(lt(event.endSortAt, olderThan(now, days)), lt(event.cancelledAt, olderThan(now, days))),
          kind ? eq(event.kind, kind) : undefined,
        ),
      );
  const cafeParents = await anonymise(endedBefore(retention.cafeParentsDays, PARENTS_CAFE));
  const eventAttendees = await anonymise(endedBefore(retention.eventAttendeesDays));
  // Stand-ins hold nothing personal; those of past events are of no use any more.
  await db.delete(standIn).where(inArray(standIn.eventId, endedBefore(retention.eventAttendeesDays)));
  const sentMessages = await purgeSentMail(db, outbox, now);
  const webhookEvents = await purgeWebhookEvents(db, webhookEvent, now);
  return { eventAttendees, cafeParents, sentMessages, webhookEvents };
}
