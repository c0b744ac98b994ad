import { type Database, newSecret, type Transaction } from '@dm/shared';
import { enqueue, type OutboxMessage } from '@dm/shared/mail';
import { and, eq, inArray, isNull, lt, ne } from '@dm/shared/orm';
import { type EventRow, event, outbox, type RegistrationRow, registration } from '../db/schema.ts';
import { calendarAttachment, seatAttachments } from '../mail/attachments.ts';
import { eventCancelledNotice, eventChangedNotice, type MailLinks, reminderNotice } from '../mail/notices.ts';
import { type LogisticsChange, REMINDED_PRECISIONS, reminderWindow } from '../rules/notifications.ts';

/** Registrations that are told what happens to their event: those with a seat or a waitlist place. */
const registrantsOf = (tx: Transaction, eventIds: string[]) =>
  tx
    .select()
    .from(registration)
    .where(and(inArray(registration.eventId, eventIds), ne(registration.status, 'CANCELLED')));

/**
 * Tells every registrant of an event that its date, time or place changed, inside the transaction of the
 * change: the event as it is now (and as it was), the updated calendar entry, and a new cancellation link.
 * When the date moved, the reminder of the day before will be sent again, for the new day.
 */
export async function mailLogisticsChange(
  tx: Transaction,
  before: EventRow,
  after: EventRow,
  change: LogisticsChange,
  links: MailLinks,
): Promise<number> {
  if (change.when) await tx.update(registration).set({ remindedAt: null }).where(eq(registration.eventId, after.id));
  const registrants = await registrantsOf(tx, [after.id]);
  const calendar = calendarAttachment(after);
  const mails: OutboxMessage[] = [];
  for (const r of registrants) {
    const cancel = newSecret();
    await tx.update(registration).set({ mailedTokenHash: cancel.hash }).where(eq(registration.id, r.id));
    mails.push(eventChangedNotice(r, before, after, change, cancel.token, links, [calendar]));
  }
  await enqueue(tx, outbox, mails);
  return mails.length;
}

/** Tells every registrant of cancelled events (an event and its sessions) that they will not take place. */
export async function mailCancellation(tx: Transaction, cancelled: EventRow[]): Promise<number> {
  if (cancelled.length === 0) return 0;
  const byId = new Map(cancelled.map((e) => [e.id, e]));
  const registrants = await registrantsOf(tx, [...byId.keys()]);
  await enqueue(
    tx,
    outbox,
    registrants.map((r) =>
      eventCancelledNotice(r, byId.get(r.eventId) as EventRow, [calendarAttachment(byId.get(r.eventId) as EventRow)]),
    ),
  );
  return registrants.length;
}

/**
 * Queues the reminder of the day before (see `reminderWindow`), a batch at a time. Each registration is
 * claimed by setting `remindedAt` in the transaction that queues its mail, rows locked with SKIP LOCKED:
 * several replicas running the schedule at once never remind anyone twice. `now` is the scheduler's clock.
 */
export async function queueReminders(db: Database, now: Date, links: MailLinks, batch = 100): Promise<number> {
  const { eventDay, confirmedBefore } = reminderWindow(now);
  let total = 0;
  for (;;) {
    const claimed = await db.transaction(async (tx) => {
      const tomorrow = tx
        .select({ id: event.id })
        .from(event)
        .where(
          and(
            eq(event.startsOn, eventDay),
            isNull(event.cancelledAt),
            inArray(event.datePrecision, REMINDED_PRECISIONS),
          ),
        );
      // Only the registrations are locked (never the events, which registering locks).
      const due = tx
        .select({ id: registration.id })
        .from(registration)
        .where(
          and(
            inArray(registration.eventId, tomorrow),
            eq(registration.status, 'CONFIRMED'),
            isNull(registration.remindedAt),
            lt(registration.emailConfirmedAt, confirmedBefore),
          ),
        )
        .limit(batch)
        .for('update', { skipLocked: true });
      const rows: RegistrationRow[] = await tx
        .update(registration)
        .set({ remindedAt: now })
        .where(and(inArray(registration.id, due), isNull(registration.remindedAt)))
        .returning();
      if (rows.length === 0) return 0;
      const events = await tx
        .select()
        .from(event)
        .where(inArray(event.id, [...new Set(rows.map((r) => r.eventId))]));
      const byId = new Map(events.map((e) => [e.id, e]));
      const mails: OutboxMessage[] = [];
      for (const r of rows) {
        const ev = byId.get(r.eventId) as EventRow;
        mails.push(reminderNotice(r, ev, links, await seatAttachments(ev, r)));
      }
      await enqueue(tx, outbox, mails);
      return rows.length;
    });
    total += claimed;
    if (claimed < batch) return total;
  }
}
