import { and, asc, inArray, isNotNull, isNull, lt, sql } from 'drizzle-orm';
import { index, jsonb, type PgSchema, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { Database, DatabaseHandle } from '../db.ts';
import type { Route } from '../http.ts';
import { internalRoute } from '../internal.ts';
import { WEBHOOKS_SUBJECT, type WebhookEventInput } from './events.ts';

const instant = () => timestamp({ withTimezone: true });
const now = sql`date_trunc('milliseconds', now())`;

/**
 * Each subgraph records the changes partners may subscribe to in its own schema, in the same transaction as
 * the change: nothing is announced that did not happen, nothing that happened goes unannounced. The webhook
 * hub (the access subgraph) takes them (`webhookFeedRoutes`), fans them out to the subscriptions, and
 * acknowledges them.
 */
export const webhookEventTable = (schema: PgSchema) =>
  schema.table(
    'webhook_event',
    {
      id: uuid().primaryKey().defaultRandom(),
      type: text().notNull(),
      data: jsonb().$type<Record<string, string>>().notNull(),
      owner: text(),
      occurredAt: instant().notNull().default(now),
      forwardedAt: instant(),
    },
    (t) => [
      index('webhook_event_pending_idx')
        .on(t.occurredAt, t.id)
        .where(sql`${t.forwardedAt} is null`),
    ],
  );
export type WebhookEventTable = ReturnType<typeof webhookEventTable>;
export type WebhookEventRow = WebhookEventTable['$inferSelect'];

/** Records changes inside the caller's transaction. */
export async function recordWebhookEvents(tx: Database, table: WebhookEventTable, events: WebhookEventInput[]) {
  if (events.length) await tx.insert(table).values(events.map((e) => ({ ...e, owner: e.owner ?? null })));
}

/** The oldest changes not yet acknowledged by the hub. */
export const pendingWebhookEvents = (db: Database, table: WebhookEventTable, limit: number) =>
  db
    .select({ id: table.id, type: table.type, data: table.data, owner: table.owner, occurredAt: table.occurredAt })
    .from(table)
    .where(isNull(table.forwardedAt))
    .orderBy(asc(table.occurredAt), asc(table.id))
    .limit(limit);

export async function acknowledgeWebhookEvents(db: Database, table: WebhookEventTable, ids: string[]) {
  if (ids.length === 0) return 0;
  const done = await db
    .update(table)
    .set({ forwardedAt: now })
    .where(and(inArray(table.id, ids), isNull(table.forwardedAt)))
    .returning({ id: table.id });
  return done.length;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The hub's two endpoints on a subgraph: `POST /internal/webhook-events/pending` `{ "limit": 100 }` lists
 * the oldest changes not acknowledged, `POST /internal/webhook-events/ack` `{ "ids": [...] }` acknowledges
 * them. A change is taken until acknowledged: the hub may see one twice (it keeps one delivery per
 * subscription and change), never miss one.
 */
export function webhookFeedRoutes(database: DatabaseHandle, table: WebhookEventTable, identitySecret: string): Route[] {
  return [
    internalRoute({
      path: '/internal/webhook-events/pending',
      identitySecret,
      subject: WEBHOOKS_SUBJECT,
      handle: async (body) => {
        const asked = Number((body as { limit?: unknown } | null)?.limit ?? 100);
        const limit = Number.isInteger(asked) ? Math.min(Math.max(asked, 1), 500) : 100;
        return { status: 200, body: { events: await pendingWebhookEvents(database.db, table, limit) } };
      },
    }),
    internalRoute({
      path: '/internal/webhook-events/ack',
      identitySecret,
      subject: WEBHOOKS_SUBJECT,
      limit: 64 * 1024,
      handle: async (body) => {
        const ids = (body as { ids?: unknown } | null)?.ids;
        if (
          !Array.isArray(ids) ||
          ids.length > 500 ||
          !ids.every((id) => typeof id === 'string' && uuidPattern.test(id))
        ) {
          return { status: 400, body: { error: 'ids: up to 500 uuids' } };
        }
        return { status: 200, body: { acknowledged: await acknowledgeWebhookEvents(database.db, table, ids) } };
      },
    }),
  ];
}

/** Retention: changes acknowledged more than 7 days ago go (the hub keeps its deliveries 30 days). */
export async function purgeWebhookEvents(db: Database, table: WebhookEventTable, now: Date) {
  const gone = await db
    .delete(table)
    .where(and(isNotNull(table.forwardedAt), lt(table.forwardedAt, new Date(now.getTime() - 7 * 86_400_000))))
    .returning({ id: table.id });
  return gone.length;
}
