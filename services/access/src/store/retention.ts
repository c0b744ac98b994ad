import type { Database } from '@dm/shared';
import { purgeSentMail } from '@dm/shared/mail';
import { outbox } from '../db/schema.ts';
import { purgeDeliveries } from './webhooks.ts';

/** Drops settled webhook deliveries after 30 days and old sent mail. */
export async function purgeAccess(db: Database, now: Date) {
  return {
    webhookDeliveries: await purgeDeliveries(db, now),
    sentMessages: await purgeSentMail(db, outbox, now),
  };
}
