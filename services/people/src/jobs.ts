import type { Database } from '@dm/shared';
import { type Mailer, type MailEnv, startMailSender } from '@dm/shared/mail';
import { outbox } from './db/schema.ts';
import { type MailSettings, sweepContactRequests } from './store/contacts.ts';

/**
 * The people subgraph's background work, on the shared mail sender: remind and expire contact requests,
 * then send what the outbox holds, in the same round. `runOnce` does one round (tests and scripts).
 */
export const startPeopleJobs = (db: Database, env: MailEnv, settings: MailSettings, mailer?: Mailer) =>
  startMailSender({
    name: 'people',
    db,
    outbox,
    env,
    mailer,
    before: (now) => sweepContactRequests(db, now, settings),
  });
