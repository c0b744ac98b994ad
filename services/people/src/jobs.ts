import type { Database } from '@dm/shared';
import { type Mailer, type MailEnv, startMailSender } from '@dm/shared/mail';
import { outbox } from './db/schema.ts';
import { type MailSettings, releaseUnconfirmedRequests, sweepContactRequests } from './store/contacts.ts';

/**
 * The people subgraph's background work, on the shared mail sender: release the contact requests not
 * confirmed in time, remind and expire the others,
 * then send what the outbox holds, in the same round. `runOnce` does one round (tests and scripts).
 */
export const startPeopleJobs = (db: Database, env: MailEnv, settings: MailSettings, mailer?: Mailer) =>
  startMailSender({
    name: 'people',
    db,
    outbox,
    env,
    mailer,
    // Requests not confirmed within 48 hours go first (their place in the quota is free again), then the sweep.
    before: async (now) => ({
      released: await releaseUnconfirmedRequests(db, now),
      ...(await sweepContactRequests(db, now, settings)),
    }),
  });
