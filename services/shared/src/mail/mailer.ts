import nodemailer from 'nodemailer';
import { logger } from '../logger.ts';

/** A message leaving the outbox: its id, kind and record (what logs may name), and what is sent. */
export interface OutgoingMail {
  id: string;
  kind: string;
  recordId: string | null;
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

/**
 * The SMTP adapter (`SMTP_URL`, e.g. smtp://user:pass@host:587). Without one, development writes each
 * message to the log instead of sending it.
 */
export function createMailer(options: { smtpUrl?: string; from: string }): Mailer {
  if (!options.smtpUrl) {
    return {
      send: async (mail) => {
        logger.info(
          { mail: { to: '[redacted]', subject: mail.subject, text: mail.text } },
          'mail (no SMTP_URL: not sent)',
        );
      },
      close: () => {},
    };
  }
  const transport = nodemailer.createTransport(options.smtpUrl, { from: options.from });
  return {
    send: async (mail) => {
      await transport.sendMail({ from: options.from, to: mail.to, subject: mail.subject, text: mail.text });
    },
    close: () => transport.close(),
  };
}
