import { sql } from 'drizzle-orm';
import { index, type PgSchema, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { Database } from './db.ts';
import type { Identity } from './identity.ts';
import { logger } from './logger.ts';
import { keysetPage } from './pagination.ts';

/**
 * What is audited: staff reading a private person's data, exports and erasures of a data subject,
 * retention purges, partner keys' lifecycle.
 */
export type AuditAction = 'READ_PERSONAL_DATA' | 'EXPORT' | 'ERASE' | 'PURGE' | 'API_KEY';

/** Each subgraph keeps its own audit trail, in its own schema. */
export const auditTable = (schema: PgSchema) =>
  schema.table(
    'audit_entry',
    {
      id: uuid().primaryKey().defaultRandom(),
      at: timestamp({ withTimezone: true })
        .notNull()
        .default(sql`date_trunc('milliseconds', now())`),
      actor: text().notNull(),
      role: text().notNull(),
      action: text().$type<AuditAction>().notNull(),
      /** What was read or changed: a record type and id, never a person's name or address. */
      recordType: text().notNull(),
      recordId: text(),
      details: text(),
    },
    (t) => [index('audit_entry_at_idx').on(t.at, t.id)],
  );
export type AuditTable = ReturnType<typeof auditTable>;

export interface AuditRecord {
  action: AuditAction;
  recordType: string;
  recordId?: string | null;
  details?: string | null;
}

/** Who an audit entry names: the token's subject, the partner key, or the bare role. */
export const actorOf = (identity: Identity) =>
  identity.subject ?? (identity.apiKeyId ? `apikey:${identity.apiKeyId}` : identity.role);

/**
 * The audit entries of one request, written once when the response is sent (one statement, however
 * many personal fields the request read).
 */
export class AuditTrail {
  private readonly pending = new Map<string, AuditRecord>();
  constructor(private readonly identity: Identity) {}

  record(entry: AuditRecord) {
    this.pending.set(`${entry.action}:${entry.recordType}:${entry.recordId ?? ''}`, entry);
  }

  async flush(db: Database, table: AuditTable) {
    if (this.pending.size === 0) return;
    const actor = actorOf(this.identity);
    const rows = [...this.pending.values()].map((e) => ({ ...e, actor, role: this.identity.role }));
    this.pending.clear();
    try {
      await db.insert(table).values(rows);
    } catch (err) {
      logger.error({ err }, 'audit entries could not be written');
      throw err;
    }
  }
}

/** Writes entries outside a request (jobs, erasures). */
export const writeAudit = (db: Database, table: AuditTable, actor: Identity | 'system', entries: AuditRecord[]) =>
  entries.length
    ? db.insert(table).values(
        entries.map((e) => ({
          ...e,
          actor: actor === 'system' ? 'system' : actorOf(actor),
          role: actor === 'system' ? 'system' : actor.role,
        })),
      )
    : Promise.resolve();

/** A subgraph's audit entries, newest first, keyset-paginated (admins only: checked by the caller). */
export const auditEntries = (db: Database, table: AuditTable, first?: number | null, after?: string | null) =>
  keysetPage<AuditTable['$inferSelect']>(db, table, {
    order: [table.at, table.id],
    keys: ['at', 'id'],
    direction: 'desc',
    first,
    after,
  });

/**
 * The one gate of personal data: when the visibility policy allows it, the read is recorded in the
 * request's audit trail (who, when, which record) and the datum may be returned.
 */
export function reveal(ctx: { audit: AuditTrail }, allowed: boolean, recordType: string, recordId: string): boolean {
  if (allowed) ctx.audit.record({ action: 'READ_PERSONAL_DATA', recordType, recordId });
  return allowed;
}
