import type { Database } from '../db.ts';
import type { RunningServer } from '../http.ts';
import { every, stoppingWith } from '../schedule.ts';
import { createMailer, type Mailer } from './mailer.ts';
import { registerBacklog } from '../metrics.ts';
import { deliverAll, outboxBacklog, type OutboxTable } from './outbox.ts';
import type { MailEnv } from './settings.ts';

export interface MailSender<R extends object = object> {
  /** One round now: the `before` work, then every message due (tests, scripts). */
  runOnce(now?: Date): Promise<R & { sent: number }>;
  /** Ends the schedule, waits for the round in progress, closes the SMTP connection. Idempotent. */
  stop(): Promise<void>;
}

export interface MailSenderOptions<R extends object> {
  /** The subgraph: names the schedule in the logs. */
  name: string;
  db: Database;
  outbox: OutboxTable;
  /** The SMTP adapter; built from `env` when absent. */
  mailer?: Mailer;
  env: MailEnv;
  /** Work that queues messages and should be sent in the same round (reminders, expiries). */
  before?: (now: Date) => Promise<R>;
}

/**
 * A subgraph's background sender: every `MAIL_INTERVAL_MS`, the `before` work then what its outbox holds
 * (see `deliverOutbox`), on the shared schedule (`every`).
 */
export function startMailSender<R extends object = object>(options: MailSenderOptions<R>): MailSender<R> {
  const mailer = options.mailer ?? createMailer({ smtpUrl: options.env.SMTP_URL, from: options.env.MAIL_FROM });
  const jobs = every(`${options.name} mail`, options.env.MAIL_INTERVAL_MS, async (now: Date = new Date()) => {
    const done = options.before ? await options.before(now) : ({} as R);
    const sent = await deliverAll(options.db, options.outbox, mailer, now);
    return { ...done, sent };
  });
  const unregister = registerBacklog('mail', options.name, () => outboxBacklog(options.db, options.outbox));
  let stopped: Promise<void> | null = null;
  return {
    runOnce: (now?: Date) => jobs.runOnce(now),
    stop: () =>
      (stopped ??= (async () => {
        unregister();
        await jobs.stop();
        mailer.close();
      })()),
  };
}

/**
 * A subgraph with its mail sender, stopped on shutdown: when the subgraph's server closes (as its own
 * process does on SIGTERM, or the one-process stack), the sender stops after it, before the database.
 */
export function withMailSender<
  S extends { listen(port: number, host?: string): Promise<RunningServer> },
  R extends object,
>(subgraph: S, mail: MailSender<R>): S & { mail: MailSender<R> } {
  return { ...stoppingWith(subgraph, mail), mail };
}
