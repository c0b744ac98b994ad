import { type Database, hashSecret, type Identity, keysetPage, notFound, requireId, writeAudit } from '@dm/shared';
import { and, eq, isNull, sql } from '@dm/shared/orm';
import { type ApiKeyRow, apiKey, auditEntry } from '../db/schema.ts';
import { type ApiScope, newApiSecret, shouldTouch } from '../rules/apiKeys.ts';
import { disableSubscriptionsOfKey, moveSubscriptions } from './webhooks.ts';

export async function createKey(
  db: Database,
  partner: string,
  scopes: ApiScope[],
  by: Identity,
  rotatedFrom: string | null = null,
) {
  const { secret, prefix, secretHash } = newApiSecret();
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(apiKey)
      .values({ partner, scopes, prefix, secretHash, createdBy: by.subject ?? by.role, rotatedFrom })
      .returning();
    await writeAudit(tx, auditEntry, by, [
      {
        action: 'API_KEY',
        recordType: 'ApiKey',
        recordId: row!.id,
        details: rotatedFrom ? `rotated from ${rotatedFrom}` : 'created',
      },
    ]);
    return { apiKey: row as ApiKeyRow, secret };
  });
}

export async function findKey(db: Database, id: string, field = 'id') {
  const [row] = await db
    .select()
    .from(apiKey)
    .where(eq(apiKey.id, requireId(id, field)));
  if (!row) throw notFound('API key', field);
  return row;
}

/**
 * Revokes a key at once; its webhook subscriptions are disabled with it. Revoking a revoked key changes
 * nothing and records nothing: the update only takes a key still in use, so two concurrent revocations
 * leave one audit entry.
 */
export async function revokeKey(db: Database, id: string, by: Identity) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(apiKey)
      .set({ revokedAt: sql`date_trunc('milliseconds', now())` })
      .where(and(eq(apiKey.id, id), isNull(apiKey.revokedAt)))
      .returning();
    if (!row) return findKey(tx, id);
    await disableSubscriptionsOfKey(tx, id);
    await writeAudit(tx, auditEntry, by, [
      { action: 'API_KEY', recordType: 'ApiKey', recordId: id, details: 'revoked' },
    ]);
    return row as ApiKeyRow;
  });
}

/** The key a secret belongs to, if it is not revoked; records its use (at most once a minute). */
export async function verifySecret(db: Database, secret: string, now = new Date()) {
  const [row] = await db
    .select()
    .from(apiKey)
    .where(and(eq(apiKey.secretHash, hashSecret(secret)), isNull(apiKey.revokedAt)));
  if (!row) return null;
  if (shouldTouch(row.lastUsedAt, now)) await db.update(apiKey).set({ lastUsedAt: now }).where(eq(apiKey.id, row.id));
  return row;
}

export const listKeys = (db: Database, includeRevoked: boolean, first?: number | null, after?: string | null) =>
  keysetPage<ApiKeyRow>(db, apiKey, {
    where: includeRevoked ? undefined : isNull(apiKey.revokedAt),
    order: [apiKey.createdAt, apiKey.id],
    keys: ['createdAt', 'id'],
    direction: 'desc',
    first,
    after,
  });

/**
 * Replaces a key by a new one with the same partner and scopes, in one transaction: the webhook
 * subscriptions move to the new key, the old one is revoked.
 */
export async function rotateKey(db: Database, old: ApiKeyRow, by: Identity) {
  return db.transaction(async (tx) => {
    const created = await createKey(tx, old.partner, old.scopes, by, old.id);
    await moveSubscriptions(tx, old.id, created.apiKey.id);
    await revokeKey(tx, old.id, by);
    return created;
  });
}
