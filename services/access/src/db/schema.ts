import { auditTable } from '@dm/shared';
import { sql } from '@dm/shared/orm';
import { index, pgSchema, text, timestamp, uniqueIndex, uuid } from '@dm/shared/pg-core';

/** Everything of this subgraph lives in its own Postgres schema; no other subgraph reads it. */
export const accessSchema = pgSchema('access');
const now = sql`date_trunc('milliseconds', now())`;
const instant = () => timestamp({ withTimezone: true });

export const apiKey = accessSchema.table(
  'api_key',
  {
    id: uuid().primaryKey().defaultRandom(),
    partner: text().notNull(),
    scopes: text().array().notNull(),
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
