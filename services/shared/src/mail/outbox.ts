import { and, asc, eq, inArray, isNotNull, isNull, lt, lte, or, sql } from 'drizzle-orm';
import { getTableConfig, index, integer, jsonb, type PgSchema, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { Database } from '../db.ts';
import { logger } from '../logger.ts';
import { deliveries } from '../metrics.ts';
import { olderThan, retention } from '../retention.ts';
import type { MailAttachment, Mailer } from './mailer.ts';

const instant = () => timestamp({ withTimezone: true });
const now = sql`date_trunc('milliseconds', now())`;

/**
 * Each subgraph keeps the messages it has to send in its own schema: written in the same transaction as
 * what caused them, delivered by its sender (`deliverOutbox`), purged 30 days after sending.
 */
export const outboxTable = (schema: PgSchema) =>
  schema.table(
    'outbox',
    {
      id: uuid().primaryKey().defaultRandom(),
      kind: text().notNull(),
      toAddress: text().notNull(),
      subject: text().notNull(),
      body: text().notNull(),
      /** Files sent with the text (a calendar entry, a ticket's QR code), content in base64; null for none. */
      attachments: jsonb().$type<MailAttachment[]>(),
      /** The record the message is about (a registration, a request...): what logs name, what erasure follows. */
      recordId: uuid(),
      createdAt: instant().notNull().default(now),
      attempts: integer().notNull().default(0),
      nextAttemptAt: instant().notNull().default(now),
      sentAt: instant(),
      lastError: text(),
    },
    (t) => [
      index('outbox_pending_idx')
        .on(t.nextAttemptAt)
        .where(sql`${t.sentAt} is null`),
      index('outbox_record_idx').on(t.recordId),
    ],
  );
export type OutboxTable = ReturnType<typeof outboxTable>;
export type OutboxRow = OutboxTable['$inferSelect'];

export interface OutboxMessage {
  kind: string;
  toAddress: string;
  subject: string;
  body: string;
  recordId?: string | null;
  attachments?: MailAttachment[] | null;
}

/** A message given up after this many failed attempts (kept 30 days, like sent ones). */
export const MAX_ATTEMPTS = 8;

/** Queues messages inside the caller's transaction: sent only if what caused them is committed. */
export async function enqueue(tx: Database, outbox: OutboxTable, messages: OutboxMessage[]) {
  if (messages.length) await tx.insert(outbox).values(messages);
}

/** Waits longer after each failed attempt: 1, 2, 4... minutes, up to a day. */
export const retryDelayMs = (attempts: number) => Math.min(2 ** attempts * 30_000, 86_400_000);

/**
 * Sends what is due, up to `batch` messages. Each message is claimed, sent and marked in a transaction of
 * its own, its row locked with SKIP LOCKED: several senders (replicas of a subgraph) never send the same
 * message, and a sender killed mid-batch leaves only the message it was sending unmarked. That one is sent
 * again by the next sender (at least once, never lost), with the same Message-ID, which mail clients use to
 * show it once. A failure is retried later, up to MAX_ATTEMPTS. Logs name the message, its kind and its
 * record, never its address or its text.
 */
export async function deliverOutbox(
  db: Database,
  outbox: OutboxTable,
  mailer: Mailer,
  now = new Date(),
  batch = 20,
): Promise<number> {
  const service = getTableConfig(outbox).schema ?? 'public';
  let sent = 0;
  for (let tried = 0; tried < batch; tried++) {
    const outcome = await db.transaction(async (tx) => {
      const [message] = await tx
        .select()
        .from(outbox)
        .where(and(isNull(outbox.sentAt), lte(outbox.nextAttemptAt, now), lt(outbox.attempts, MAX_ATTEMPTS)))
        .orderBy(asc(outbox.nextAttemptAt))
        .limit(1)
        .for('update', { skipLocked: true });
      if (!message) return 'none' as const;
      try {
        await mailer.send({
          id: message.id,
          kind: message.kind,
          recordId: message.recordId,
          to: message.toAddress,
          subject: message.subject,
          text: message.body,
          attachments: message.attachments ?? [],
        });
      } catch (err) {
        deliveries.inc({ kind: 'mail', service, outcome: 'failed' });
        const failure = err as Error & { code?: string; responseCode?: number };
        // An SMTP error message may quote the recipient: the log keeps its codes only, the row the message.
        logger.warn(
          {
            mail: { id: message.id, kind: message.kind, recordId: message.recordId },
            code: failure.code,
            responseCode: failure.responseCode,
          },
          'mail not sent, will retry',
        );
        await tx
          .update(outbox)
          .set({
            attempts: message.attempts + 1,
            lastError: String(failure.message).slice(0, 500),
            nextAttemptAt: new Date(now.getTime() + retryDelayMs(message.attempts + 1)),
          })
          .where(eq(outbox.id, message.id));
        return 'failed' as const;
      }
      await tx
        .update(outbox)
        .set({ sentAt: new Date(), attempts: message.attempts + 1 })
        .where(eq(outbox.id, message.id));
      deliveries.inc({ kind: 'mail', service, outcome: 'sent' });
      return 'sent' as const;
    });
    if (outcome === 'none') break;
    if (outcome === 'sent') sent++;
  }
  return sent;
}

/** Sends batches until nothing is due at `now`. */
export async function deliverAll(db: Database, outbox: OutboxTable, mailer: Mailer, now = new Date()) {
  let sent = 0;
  for (let batch = await deliverOutbox(db, outbox, mailer, now); batch > 0;) {
    sent += batch;
    batch = await deliverOutbox(db, outbox, mailer, now);
  }
  return sent;
}

/** Messages waiting to be sent (due or not), not given up: the backlog `/metrics` shows. */
export async function outboxBacklog(db: Database, outbox: OutboxTable): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(outbox)
    .where(and(isNull(outbox.sentAt), lt(outbox.attempts, MAX_ATTEMPTS)));
  return Number(row?.n ?? 0);
}

/** Retention: drops messages sent (or given up) more than 30 days ago. Returns how many went. */
export async function purgeSentMail(db: Database, outbox: OutboxTable, now: Date) {
  const cutoff = olderThan(now, retention.sentMessagesDays);
  const gone = await db
    .delete(outbox)
    .where(
      or(
        and(isNotNull(outbox.sentAt), lt(outbox.sentAt, cutoff)),
        and(sql`${outbox.attempts} >= ${MAX_ATTEMPTS}`, lt(outbox.createdAt, cutoff)),
      ),
    )
    .returning({ id: outbox.id });
  return gone.length;
}

/** A data subject's export: the messages queued or sent to the (lower-cased) address, without their text. */
export const mailTo = (db: Database, outbox: OutboxTable, email: string) =>
  db
    .select({
      id: outbox.id,
      kind: outbox.kind,
      subject: outbox.subject,
      createdAt: outbox.createdAt,
      sentAt: outbox.sentAt,
    })
    .from(outbox)
    .where(sql`lower(${outbox.toAddress}) = ${email}`);

/**
 * A data subject's erasure: messages to the (lower-cased) address, and messages about their records
 * (which may quote them), go. Returns how many went.
 */
export async function eraseMail(db: Database, outbox: OutboxTable, email: string, recordIds: string[]) {
  const gone = await db
    .delete(outbox)
    .where(
      or(
        sql`lower(${outbox.toAddress}) = ${email}`,
        recordIds.length ? inArray(outbox.recordId, recordIds) : undefined,
      ),
    )
    .returning({ id: outbox.id });
  return gone.length;
}
