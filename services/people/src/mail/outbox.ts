import { type Database, logger } from '@dm/shared';
import { and, asc, eq, isNull, lte, sql } from '@dm/shared/orm';
import { outbox } from '../db/schema.ts';
import type { Mailer } from './mailer.ts';

export const MAX_ATTEMPTS = 8;

export interface OutboxMessage {
  kind: 'CONTACT_REQUEST' | 'CONTACT_REMINDER' | 'CONTACT_ANSWER' | 'CONTACT_EXPIRED';
  toAddress: string;
  subject: string;
  body: string;
  contactRequestId?: string;
}

/** Queues messages inside the caller's transaction: sent only if what caused them is committed. */
export async function enqueue(tx: Database, messages: OutboxMessage[]) {
  if (messages.length) await tx.insert(outbox).values(messages);
}

/** Waits longer after each failed attempt: 1, 2, 4... minutes, up to a day. */
export const retryDelayMs = (attempts: number) => Math.min(2 ** attempts * 30_000, 86_400_000);

/**
 * Sends what is due, a batch at a time. Rows are claimed with SKIP LOCKED, so several senders never send
 * the same message; a failure is retried later, up to MAX_ATTEMPTS.
 */
export async function deliverOutbox(db: Database, mailer: Mailer, now = new Date(), batch = 20): Promise<number> {
  return db.transaction(async (tx) => {
    const due = await tx
      .select()
      .from(outbox)
      .where(and(isNull(outbox.sentAt), lte(outbox.nextAttemptAt, now), sql`${outbox.attempts} < ${MAX_ATTEMPTS}`))
      .orderBy(asc(outbox.nextAttemptAt))
      .limit(batch)
      .for('update', { skipLocked: true });
    let sent = 0;
    for (const message of due) {
      try {
        await mailer.send({ to: message.toAddress, subject: message.subject, text: message.body });
        await tx
          .update(outbox)
          .set({ sentAt: new Date(), attempts: message.attempts + 1 })
          .where(eq(outbox.id, message.id));
        sent++;
      } catch (err) {
        logger.warn({ err: (err as Error).message, id: message.id }, 'mail not sent, will retry');
        await tx
          .update(outbox)
          .set({
            attempts: message.attempts + 1,
            lastError: (err as Error).message.slice(0, 500),
            nextAttemptAt: new Date(now.getTime() + retryDelayMs(message.attempts + 1)),
          })
          .where(eq(outbox.id, message.id));
      }
    }
    return sent;
  });
}
