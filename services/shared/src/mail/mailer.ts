import nodemailer from 'nodemailer';
import { logger } from '../logger.ts';

/** A file sent with a message: its name, its MIME type and its content in base64. */
export interface MailAttachment {
  filename: string;
  contentType: string;
  contentBase64: string;
}

/** A message leaving the outbox: its id, kind and record (what logs may name), and what is sent. */
export interface OutgoingMail {
  id: string;
  kind: string;
  recordId: string | null;
  to: string;
  subject: string;
  text: string;
  attachments?: MailAttachment[];
}

export interface Mailer {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

/**
 * The SMTP adapter (`SMTP_URL`, e.g. smtp://user:pass@host:587). Without one (development), a message
 * is not sent: the log says so with its outbox id, its kind and the id of its record only — never the
 * address, the subject or the text, which hold private persons' names and messages.
 */
export function createMailer(options: {
  smtpUrl?: string;
  from: string;
  log?: { info(obj: object, msg: string): void };
}): Mailer {
  if (!options.smtpUrl) {
    const log = options.log ?? logger;
    return {
      send: async (mail) => {
        log.info({ mail: { id: mail.id, kind: mail.kind, recordId: mail.recordId } }, 'mail not sent (no SMTP_URL)');
      },
      close: () => {},
    };
  }
  const transport = nodemailer.createTransport(options.smtpUrl, { from: options.from });
  const domain = /@([^>\s]+)/.exec(options.from)?.[1] ?? 'localhost';
  return {
    send: async (mail) => {
      await transport.sendMail({
        // The outbox row's id: a message sent again after its sender died mid-send is the same message.
        messageId: `<${mail.id}@${domain}>`,
        from: options.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        attachments: (mail.attachments ?? []).map((a) => ({
          filename: a.filename,
          contentType: a.contentType,
          content: a.contentBase64,
          encoding: 'base64',
        })),
      });
    },
    close: () => transport.close(),
  };
}
