import type { AddressInfo } from 'node:net';
import jsQRModule from 'jsqr';
import { simpleParser } from 'mailparser';
import { PNG } from 'pngjs';
import { SMTPServer } from 'smtp-server';

/** A file that came with a message. */
export interface ReceivedAttachment {
  filename: string;
  contentType: string;
  content: Buffer;
}

/** A message as it arrived: its recipients, its decoded subject and text, its attachments. */
export interface ReceivedMail {
  to: string[];
  /** The Message-ID header: the same for a message sent again. */
  messageId: string;
  subject: string;
  text: string;
  attachments: ReceivedAttachment[];
}

const decodeQuotedPrintable = (raw: string) =>
  Buffer.from(
    raw
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))),
    'latin1',
  ).toString('utf8');

/** RFC 2047 encoded words of a header (`=?UTF-8?Q?...?=`, `=?UTF-8?B?...?=`). */
const decodeHeader = (value: string) =>
  value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([QB])\?([^?]*)\?=/gi, (_, encoding: string, text: string) =>
      encoding.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : decodeQuotedPrintable(text.replace(/_/g, ' ')),
    );

/** Reads a single-part text message as a mail client shows it. */
export function parseMail(raw: string): { subject: string; text: string; messageId: string } {
  const split = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const body = raw.slice(split + 4);
  const header = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, 'im').exec(head)?.[1]?.trim() ?? '';
  const encoding = header('Content-Transfer-Encoding').toLowerCase();
  const text =
    encoding === 'base64'
      ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
      : encoding === 'quoted-printable'
        ? decodeQuotedPrintable(body)
        : body;
  return {
    subject: decodeHeader(header('Subject')),
    text: text.replace(/\r\n/g, '\n'),
    messageId: header('Message-ID'),
  };
}

/**
 * An SMTP server for tests, on a random local port: a stack configured with its `url` delivers real mail
 * to it, and `received` lists what arrived.
 */
export async function startTestSmtp() {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, done) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks);
        const to = session.envelope.rcptTo.map((r) => r.address);
        // A message with files is multipart: read by mailparser; a plain one as a mail client shows it.
        if (!/^Content-Type:\s*multipart\//im.test(raw.toString('latin1').split('\r\n\r\n')[0] ?? '')) {
          received.push({ to, ...parseMail(raw.toString('utf8')), attachments: [] });
          done();
          return;
        }
        simpleParser(raw)
          .then((mail) => {
            received.push({
              to,
              messageId: mail.messageId ? `<${mail.messageId.replace(/^<|>$/g, '')}>` : '',
              subject: mail.subject ?? '',
              text: (mail.text ?? '').replace(/\r\n/g, '\n').replace(/\n$/, ''),
              attachments: mail.attachments.map((a) => ({
                filename: a.filename ?? '',
                contentType: a.contentType,
                content: a.content,
              })),
            });
            done();
          })
          .catch((err: Error) => done(err));
      });
    },
  });
  // A sender killed mid-session resets its connection (what the fault tests do): the server reports it as
  // an error; the message it was sending did not arrive, which the tests see in `received`.
  const errors: Error[] = [];
  server.on('error', (err: Error) => errors.push(err));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    /** Connections that failed (a sender reset mid-session). */
    errors,
    /** What arrived for an address. */
    to: (address: string) => received.filter((m) => m.to.includes(address)),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

// jsqr is CommonJS: its function is the module itself, and its `default` too.
const jsQR = ((jsQRModule as unknown as { default?: typeof jsQRModule }).default ?? jsQRModule) as unknown as (
  data: Uint8ClampedArray,
  width: number,
  height: number,
) => { data: string } | null;

/** What a QR code in a PNG image says (as a phone or a door scanner would read it); null if none is found. */
export function readQrCode(png: Buffer): string | null {
  const image = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data ?? null;
}
