import { type Database, olderThan, retention } from '@dm/shared';
import { purgeSentMail } from '@dm/shared/mail';
import { and, isNotNull, lt, sql } from '@dm/shared/orm';
import { auditEntry, outbox } from '../db/schema.ts';
import { purgeDeliveries } from './webhooks.ts';

/** Drops settled webhook deliveries after 30 days, old sent mail, and old audit entries of personal-data reads. */
export async function purgeAccess(db: Database, now: Date) {
  const reads = await db
    .delete(auditEntry)
    .where(
      and(
        sql`${auditEntry.action} = 'READ_PERSONAL_DATA'`,
        lt(auditEntry.at, olderThan(now, retention.auditReadsDays)),
        isNotNull(auditEntry.at),
      ),
    )
    .returning({ id: auditEntry.id });
  return {
    webhookDeliveries: await purgeDeliveries(db, now),
    sentMessages: await purgeSentMail(db, outbox, now),
    auditReads: reads.length,
  };
}
