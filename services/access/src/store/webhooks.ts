import { badInput, type Database, type Identity, keysetPage, notFound, requireId, writeAudit } from '@dm/shared';
import { enqueue } from '@dm/shared/mail';
import { and, desc, eq, inArray, isNotNull, isNull, lt, lte, or, sql } from '@dm/shared/orm';
import {
  apiKey,
  auditEntry,
  outbox,
  webhookAttempt,
  webhookDelivery,
  webhookSubscription,
  type WebhookDeliveryRow,
  type WebhookSubscriptionRow,
} from '../db/schema.ts';
import { MAX_SUBSCRIPTIONS_PER_KEY, newWebhookSecret, PREVIOUS_SECRET_MS, webhookPayload } from '../rules/webhooks.ts';

export interface NewSubscription {
  url: string;
  eventTypes: string[];
  description: string | null;
  contactEmail: string | null;
}

const audit = (tx: Database, by: Identity, id: string, details: string) =>
  writeAudit(tx, auditEntry, by, [{ action: 'API_KEY', recordType: 'WebhookSubscription', recordId: id, details }]);

/** A new subscription for a key, with its secret; at most MAX_SUBSCRIPTIONS_PER_KEY per key. */
export async function createSubscription(db: Database, apiKeyId: string, input: NewSubscription, by: Identity) {
  return db.transaction(async (tx) => {
    // One creation at a time per key, so that two concurrent ones cannot both pass the limit.
    await tx.select({ id: apiKey.id }).from(apiKey).where(eq(apiKey.id, apiKeyId)).for('update');
    const [held] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(webhookSubscription)
      .where(eq(webhookSubscription.apiKeyId, apiKeyId));
    if ((held?.n ?? 0) >= MAX_SUBSCRIPTIONS_PER_KEY) {
      throw badInput('input', `A key holds at most ${MAX_SUBSCRIPTIONS_PER_KEY} subscriptions: delete one first`);
    }
    const secret = newWebhookSecret();
    const [row] = await tx
      .insert(webhookSubscription)
      .values({ ...input, apiKeyId, secret })
      .returning();
    await audit(tx, by, row!.id, 'webhook subscription created');
    return { subscription: row as WebhookSubscriptionRow, secret };
  });
}

/** Subscriptions newest first: one key's, or everyone's (admins). */
export const listSubscriptions = (
  db: Database,
  apiKeyId: string | null,
  first?: number | null,
  after?: string | null,
) =>
  keysetPage<WebhookSubscriptionRow>(db, webhookSubscription, {
    where: apiKeyId ? eq(webhookSubscription.apiKeyId, apiKeyId) : undefined,
    order: [webhookSubscription.createdAt, webhookSubscription.id],
    keys: ['createdAt', 'id'],
    direction: 'desc',
    first,
    after,
  });

/** A subscription the caller may see (its key's, or any for an admin); NOT_FOUND otherwise. */
export async function findSubscription(db: Database, id: string, identity: Identity, field = 'id') {
  const [row] = await db
    .select()
    .from(webhookSubscription)
    .where(eq(webhookSubscription.id, requireId(id, field)));
  if (!row || (identity.role !== 'admin' && row.apiKeyId !== identity.apiKeyId)) throw notFound('Subscription', field);
  return row;
}

export async function deleteSubscription(db: Database, row: WebhookSubscriptionRow, by: Identity) {
  return db.transaction(async (tx) => {
    await tx.delete(webhookSubscription).where(eq(webhookSubscription.id, row.id));
    await audit(tx, by, row.id, 'webhook subscription deleted');
    return row;
  });
}

/** A new secret; the previous one keeps signing beside it for a day. */
export async function rotateSecret(db: Database, row: WebhookSubscriptionRow, by: Identity, now = new Date()) {
  return db.transaction(async (tx) => {
    const secret = newWebhookSecret();
    const [updated] = await tx
      .update(webhookSubscription)
      .set({ secret, previousSecret: row.secret, previousSecretUntil: new Date(now.getTime() + PREVIOUS_SECRET_MS) })
      .where(eq(webhookSubscription.id, row.id))
      .returning();
    await audit(tx, by, row.id, 'webhook secret rotated');
    return { subscription: updated as WebhookSubscriptionRow, secret };
  });
}

export async function enableSubscription(db: Database, row: WebhookSubscriptionRow, by: Identity) {
  return db.transaction(async (tx) => {
    const [updated] = await tx
      .update(webhookSubscription)
      .set({ status: 'ACTIVE', disabledAt: null, disabledReason: null })
      .where(eq(webhookSubscription.id, row.id))
      .returning();
    await audit(tx, by, row.id, 'webhook subscription enabled');
    return updated as WebhookSubscriptionRow;
  });
}

/** A key's subscriptions follow it when it is rotated, and stop when it is revoked. */
export async function moveSubscriptions(tx: Database, fromKeyId: string, toKeyId: string) {
  await tx.update(webhookSubscription).set({ apiKeyId: toKeyId }).where(eq(webhookSubscription.apiKeyId, fromKeyId));
}

export async function disableSubscriptionsOfKey(tx: Database, keyId: string) {
  await tx
    .update(webhookSubscription)
    .set({ status: 'DISABLED', disabledAt: sql`now()`, disabledReason: 'Its API key was revoked' })
    .where(and(eq(webhookSubscription.apiKeyId, keyId), eq(webhookSubscription.status, 'ACTIVE')));
}

export const listDeliveries = (
  db: Database,
  subscriptionId: string,
  status: WebhookDeliveryRow['status'] | null | undefined,
  first?: number | null,
  after?: string | null,
) =>
  keysetPage<WebhookDeliveryRow>(db, webhookDelivery, {
    where: and(
      eq(webhookDelivery.subscriptionId, subscriptionId),
      status ? eq(webhookDelivery.status, status) : undefined,
    ),
    order: [webhookDelivery.createdAt, webhookDelivery.id],
    keys: ['createdAt', 'id'],
    direction: 'desc',
    first,
    after,
  });

/** A delivery the caller may see (through its subscription); NOT_FOUND otherwise. */
export async function findDelivery(db: Database, id: string, identity: Identity, field = 'id') {
  const [row] = await db
    .select({ delivery: webhookDelivery, apiKeyId: webhookSubscription.apiKeyId })
    .from(webhookDelivery)
    .innerJoin(webhookSubscription, eq(webhookSubscription.id, webhookDelivery.subscriptionId))
    .where(eq(webhookDelivery.id, requireId(id, field)));
  if (!row || (identity.role !== 'admin' && row.apiKeyId !== identity.apiKeyId)) throw notFound('Delivery', field);
  return row.delivery;
}

/** Sends a delivery again at once, with a new day of retries. */
export async function redeliver(db: Database, id: string, now = new Date()) {
  const [row] = await db
    .update(webhookDelivery)
    .set({ status: 'PENDING', nextAttemptAt: now, retryingSince: now, lockedUntil: null })
    .where(eq(webhookDelivery.id, id))
    .returning();
  return row as WebhookDeliveryRow;
}

export const attemptsOf = (db: Database, deliveryId: string, first: number) =>
  db
    .select()
    .from(webhookAttempt)
    .where(eq(webhookAttempt.deliveryId, deliveryId))
    .orderBy(desc(webhookAttempt.at), desc(webhookAttempt.id))
    .limit(first);

/** A change as a subgraph recorded it. */
export interface SourceEvent {
  id: string;
  type: string;
  data: Record<string, string>;
  owner: string | null;
  occurredAt: string;
}

/**
 * One delivery per active subscription that asked for the change: every partner whose key may read public
 * data, or, for a change with an owner (`apikey:<id>`), that partner alone (under its current key, if it was
 * rotated since). A change seen twice makes no second delivery. The subscriptions are read once for the whole
 * batch: with none, a batch of changes costs one statement.
 */
export async function fanOut(db: Database, events: SourceEvent[], now: Date): Promise<number> {
  if (events.length === 0) return 0;
  const subscriptions = await db
    .select({
      id: webhookSubscription.id,
      apiKeyId: webhookSubscription.apiKeyId,
      eventTypes: webhookSubscription.eventTypes,
      scopes: apiKey.scopes,
    })
    .from(webhookSubscription)
    .innerJoin(apiKey, eq(apiKey.id, webhookSubscription.apiKeyId))
    .where(and(eq(webhookSubscription.status, 'ACTIVE'), isNull(apiKey.revokedAt)));
  if (subscriptions.length === 0) return 0;
  // Who a key became through rotations: an owner's changes follow it to its current key.
  const successors = new Map<string, string>();
  if (events.some((e) => e.owner)) {
    const rotated = await db
      .select({ id: apiKey.id, from: apiKey.rotatedFrom })
      .from(apiKey)
      .where(isNotNull(apiKey.rotatedFrom));
    for (const key of rotated) successors.set(key.from as string, key.id);
  }
  const currentKey = (id: string) => {
    const seen = new Set<string>();
    let key = id;
    while (successors.has(key) && !seen.has(key)) {
      seen.add(key);
      key = successors.get(key) as string;
    }
    return key;
  };
  const rows = events.flatMap((event) => {
    const owner = event.owner?.startsWith('apikey:') ? currentKey(event.owner.slice('apikey:'.length)) : null;
    if (event.owner && !owner) return [];
    const payload = webhookPayload(event.type, new Date(event.occurredAt), event.data);
    return subscriptions
      .filter(
        (s) => s.eventTypes.includes(event.type) && (owner ? s.apiKeyId === owner : s.scopes.includes('READ_PUBLIC')),
      )
      .map((s) => ({
        subscriptionId: s.id,
        eventId: event.id,
        eventType: event.type,
        payload,
        nextAttemptAt: now,
        retryingSince: now,
      }));
  });
  if (rows.length === 0) return 0;
  const inserted = await db
    .insert(webhookDelivery)
    .values(rows)
    .onConflictDoNothing()
    .returning({ id: webhookDelivery.id });
  return inserted.length;
}

/** A delivery taken by a sender, with what it needs to send it. */
export interface DueDelivery extends WebhookDeliveryRow {
  url: string;
  secret: string;
  previousSecret: string | null;
  previousSecretUntil: Date | null;
}

/**
 * Takes up to `batch` due deliveries of active subscriptions for `leaseMs`: rows locked by another sender
 * are skipped, and a lease a crashed sender left expires, so each delivery is sent by one sender at a time.
 */
/** Deliveries still pending (due or waiting for a retry): the backlog `/metrics` shows. */
export async function pendingDeliveries(db: Database): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(webhookDelivery)
    .where(eq(webhookDelivery.status, 'PENDING'));
  return Number(row?.n ?? 0);
}

export async function takeDue(db: Database, now: Date, batch: number, leaseMs: number): Promise<DueDelivery[]> {
  const due = db
    .select({ id: webhookDelivery.id })
    .from(webhookDelivery)
    .where(
      and(
        eq(webhookDelivery.status, 'PENDING'),
        lte(webhookDelivery.nextAttemptAt, now),
        or(isNull(webhookDelivery.lockedUntil), lt(webhookDelivery.lockedUntil, now)),
        inArray(
          webhookDelivery.subscriptionId,
          db
            .select({ id: webhookSubscription.id })
            .from(webhookSubscription)
            .where(eq(webhookSubscription.status, 'ACTIVE')),
        ),
      ),
    )
    .orderBy(webhookDelivery.nextAttemptAt)
    .limit(batch)
    .for('update', { skipLocked: true });
  const taken = await db
    .update(webhookDelivery)
    .set({ lockedUntil: new Date(now.getTime() + leaseMs) })
    .where(inArray(webhookDelivery.id, due))
    .returning({ id: webhookDelivery.id });
  const ids = taken.map((r) => r.id);
  if (ids.length === 0) return [];
  const rows = await db
    .select({
      delivery: webhookDelivery,
      url: webhookSubscription.url,
      secret: webhookSubscription.secret,
      previousSecret: webhookSubscription.previousSecret,
      previousSecretUntil: webhookSubscription.previousSecretUntil,
    })
    .from(webhookDelivery)
    .innerJoin(webhookSubscription, eq(webhookSubscription.id, webhookDelivery.subscriptionId))
    .where(inArray(webhookDelivery.id, ids));
  return rows.map(({ delivery, ...rest }) => ({ ...delivery, ...rest }));
}

export interface AttemptOutcome {
  statusCode: number | null;
  durationMs: number;
  error: string | null;
  /** When to try again; null when delivered, or when the day of retries is over (then failed). */
  next: Date | null;
  delivered: boolean;
}

/**
 * Records an attempt and where the delivery stands. A delivery given up disables its subscription, and its
 * partner is told by mail when it gave an address: nothing more is sent until it is enabled again.
 */
export async function recordAttempt(
  db: Database,
  delivery: DueDelivery,
  outcome: AttemptOutcome,
  notice: (subscription: WebhookSubscriptionRow) => { subject: string; body: string },
) {
  await db.transaction(async (tx) => {
    await tx.insert(webhookAttempt).values({
      deliveryId: delivery.id,
      statusCode: outcome.statusCode,
      durationMs: outcome.durationMs,
      error: outcome.error,
    });
    const status = outcome.delivered ? 'DELIVERED' : outcome.next ? 'PENDING' : 'FAILED';
    await tx
      .update(webhookDelivery)
      .set({
        status,
        attempts: sql`${webhookDelivery.attempts} + 1`,
        lockedUntil: null,
        ...(outcome.next ? { nextAttemptAt: outcome.next } : {}),
        ...(outcome.delivered ? { deliveredAt: sql`date_trunc('milliseconds', now())` } : {}),
      })
      .where(eq(webhookDelivery.id, delivery.id));
    if (status !== 'FAILED') return;
    const [disabled] = await tx
      .update(webhookSubscription)
      .set({
        status: 'DISABLED',
        disabledAt: sql`date_trunc('milliseconds', now())`,
        disabledReason: `Deliveries failed for 24 hours (last: ${outcome.error ?? 'no answer'})`,
      })
      .where(and(eq(webhookSubscription.id, delivery.subscriptionId), eq(webhookSubscription.status, 'ACTIVE')))
      .returning();
    if (disabled?.contactEmail) {
      const { subject, body } = notice(disabled);
      await enqueue(tx, outbox, [
        { kind: 'webhook-disabled', toAddress: disabled.contactEmail, subject, body, recordId: disabled.id },
      ]);
    }
  });
}

/** Retention: deliveries (and their attempts) 30 days after they were created, once settled. */
export async function purgeDeliveries(db: Database, now: Date) {
  const gone = await db
    .delete(webhookDelivery)
    .where(
      and(
        lte(webhookDelivery.createdAt, new Date(now.getTime() - 30 * 86_400_000)),
        or(eq(webhookDelivery.status, 'DELIVERED'), eq(webhookDelivery.status, 'FAILED')),
      ),
    )
    .returning({ id: webhookDelivery.id });
  return gone.length;
}
