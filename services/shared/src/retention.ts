import { and, eq, lt } from 'drizzle-orm';
import { type AuditTable, writeAudit } from './audit.ts';
import type { Database } from './db.ts';
import { every } from './schedule.ts';

const DAY = 86_400_000;

/**
 * How long personal data are kept once their purpose is served (the README's retention table says why).
 * After that, the purge anonymises them: the records stay, so statistics still add up.
 */
export const retention = {
  /** Attendees of an event, after it ended: certificates, attendance statistics, questions. */
  eventAttendeesDays: 365,
  /** Immersion requesters, after the answer (or after creation when never answered). */
  immersionRequestsDays: 365,
  /** Contacts of charter applications staff rejected, after the review. */
  rejectedCharterApplicationsDays: 180,
  /** Contacts of charter applications never reviewed (stale), after submission. */
  staleCharterApplicationsDays: 365,
  /** Contact requesters, after the answer or the expiry. */
  contactRequestsDays: 180,
  /** Parents registered to a café, after it took place or was cancelled. */
  cafeParentsDays: 90,
  /** Ambassadors who left the network, after deactivation. */
  deactivatedAmbassadorsDays: 365,
  /** Messages sent (or given up), after sending. */
  sentMessagesDays: 30,
  /** Audit entries of personal-data reads. */
  auditReadsDays: 365,
} as const;

export const olderThan = (now: Date, days: number) => new Date(now.getTime() - days * DAY);

/** Every subgraph's audit entries of personal-data reads go after a year; exports, erasures and purges stay. */
export async function purgeAuditReads(db: Database, auditTable: AuditTable, now: Date) {
  const gone = await db
    .delete(auditTable)
    .where(
      and(eq(auditTable.action, 'READ_PERSONAL_DATA'), lt(auditTable.at, olderThan(now, retention.auditReadsDays))),
    )
    .returning({ id: auditTable.id });
  return gone.length;
}

/**
 * Runs a subgraph's purge every `intervalMs`, with the purge of old audit entries of reads; each purge that changed something is recorded in the audit trail
 * with what it anonymised, never whose.
 */
export function startRetention(
  db: Database,
  auditTable: AuditTable,
  purge: (db: Database, now: Date) => Promise<Record<string, number>>,
  intervalMs: number,
) {
  return every('retention purge', intervalMs, (now: Date = new Date()) =>
    db.transaction(async (tx) => {
      const done = { ...(await purge(tx, now)), auditReads: await purgeAuditReads(tx, auditTable, now) };
      const total = Object.values(done).reduce((a, b) => a + b, 0);
      if (total > 0) {
        await writeAudit(tx, auditTable, 'system', [
          { action: 'PURGE', recordType: 'Retention', details: JSON.stringify(done) },
        ]);
      }
      return done;
    }),
  );
}
