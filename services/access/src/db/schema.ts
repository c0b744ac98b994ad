import type { ApiScope } from '../generated/resolvers.ts';
import { auditTable } from '@dm/shared';
import { sql } from '@dm/shared/orm';
import { outboxTable } from '@dm/shared/mail';
import { index, integer, pgSchema, text, timestamp, uniqueIndex, uuid } from '@dm/shared/pg-core';

/** Everything of this subgraph lives in its own Postgres schema; no other subgraph reads it. */
export const accessSchema = pgSchema('access');
const now = sql`date_trunc('milliseconds', now())`;
const instant = () => timestamp({ withTimezone: true });

export const apiKey = accessSchema.table(
  'api_key',
  {
    id: uuid().primaryKey().defaultRandom(),
    partner: text().notNull(),
    scopes: text().array().$type<ApiScope[]>().notNull(),
    prefix: text().notNull(),
    /** SHA-256 of the secret; the secret itself is never stored. */
    secretHash: text().notNull(),
    createdAt: instant().notNull().default(now),
    createdBy: text(),
    revokedAt: instant(),
    lastUsedAt: instant(),
    rotatedFrom: uuid(),
  },
  (t) => [uniqueIndex('api_key_secret_key').on(t.secretHash), index('api_key_created_idx').on(t.createdAt, t.id)],
);

/** Keys created, rotated and revoked. */
export const auditEntry = auditTable(accessSchema);

export type ApiKeyRow = typeof apiKey.$inferSelect;

/**
 * A partner's webhook subscription: where to POST which changes, signed with its secret (Standard Webhooks).
 * The secret is kept readable, as it must be to sign; after a rotation the previous one keeps signing
 * beside it for a day, so the partner can switch without losing a delivery.
 */
export const webhookSubscription = accessSchema.table(
  'webhook_subscription',
  {
    id: uuid().primaryKey().defaultRandom(),
    apiKeyId: uuid()
      .notNull()
      .references(() => apiKey.id),
    url: text().notNull(),
    eventTypes: text().array().notNull(),
    description: text(),
    /** Where the partner is told when deliveries keep failing. */
    contactEmail: text(),
    secret: text().notNull(),
    previousSecret: text(),
    previousSecretUntil: instant(),
    status: text().$type<'ACTIVE' | 'DISABLED'>().notNull().default('ACTIVE'),
    disabledAt: instant(),
    disabledReason: text(),
    createdAt: instant().notNull().default(now),
  },
  (t) => [index('webhook_subscription_key_idx').on(t.apiKeyId, t.createdAt, t.id)],
);

/**
 * One change to deliver to one subscription: pending until the partner answers 2xx, retried with growing
 * delays for a day, then failed. `lockedUntil` is the lease of the sender that took it (several replicas
 * never send the same delivery at once).
 */
export const webhookDelivery = accessSchema.table(
  'webhook_delivery',
  {
    id: uuid().primaryKey().defaultRandom(),
    subscriptionId: uuid()
      .notNull()
      .references(() => webhookSubscription.id, { onDelete: 'cascade' }),
    /** The change's id: the `webhook-id` header, the same on every attempt, so receivers can ignore repeats. */
    eventId: uuid().notNull(),
    eventType: text().notNull(),
    /** The body sent, as sent (type, timestamp, ids). */
    payload: text().notNull(),
    status: text().$type<'PENDING' | 'DELIVERED' | 'FAILED'>().notNull().default('PENDING'),
    attempts: integer().notNull().default(0),
    nextAttemptAt: instant().notNull().default(now),
    lockedUntil: instant(),
    createdAt: instant().notNull().default(now),
    /** Start of the current day of retries: the creation, or the last redelivery asked for. */
    retryingSince: instant().notNull().default(now),
    deliveredAt: instant(),
  },
  (t) => [
    uniqueIndex('webhook_delivery_once_key').on(t.subscriptionId, t.eventId),
    index('webhook_delivery_due_idx')
      .on(t.nextAttemptAt)
      .where(sql`${t.status} = 'PENDING'`),
    index('webhook_delivery_list_idx').on(t.subscriptionId, t.createdAt, t.id),
  ],
);

/** Each try of a delivery: when, what the partner answered, how long it took. */
export const webhookAttempt = accessSchema.table(
  'webhook_attempt',
  {
    id: uuid().primaryKey().defaultRandom(),
    deliveryId: uuid()
      .notNull()
      .references(() => webhookDelivery.id, { onDelete: 'cascade' }),
    at: instant().notNull().default(now),
    statusCode: integer(),
    durationMs: integer().notNull(),
    /** Why it failed, in our words (timeout, refused address...): never the partner's answer body. */
    error: text(),
  },
  (t) => [index('webhook_attempt_delivery_idx').on(t.deliveryId, t.at)],
);

/** Mail to partners (a subscription disabled after failing deliveries). */
export const outbox = outboxTable(accessSchema);

export type WebhookSubscriptionRow = typeof webhookSubscription.$inferSelect;
export type WebhookDeliveryRow = typeof webhookDelivery.$inferSelect;
export type WebhookAttemptRow = typeof webhookAttempt.$inferSelect;
