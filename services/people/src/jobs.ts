import { type Database, every } from '@dm/shared';
import type { Mailer } from './mail/mailer.ts';
import { deliverOutbox } from './mail/outbox.ts';
import { type MailSettings, sweepContactRequests } from './store/contacts.ts';

/**
 * The people subgraph's background work: remind and expire contact requests, then send what the
 * outbox holds. `runOnce` does one round (tests and scripts); the interval repeats it.
 */
export function startPeopleJobs(db: Database, mailer: Mailer, settings: MailSettings, intervalMs: number) {
  const jobs = every('people jobs', intervalMs, async (now: Date = new Date()) => {
    const swept = await sweepContactRequests(db, now, settings);
    let sent = 0;
    for (let batch = await deliverOutbox(db, mailer, now); batch > 0; batch = await deliverOutbox(db, mailer, now))
      sent += batch;
    return { ...swept, sent };
  });
  return {
    runOnce: jobs.runOnce,
    stop: async () => {
      await jobs.stop();
      mailer.close();
    },
  };
}
