import type { MailAttachment } from '@dm/shared/mail';
import QRCode from 'qrcode';
import type { EventRow, RegistrationRow } from '../db/schema.ts';
import { icalendar } from '../store/calendar.ts';

/** A ticket's QR code as a PNG: what the door scans (`checkIn` takes the code it carries). */
export async function ticketQrCode(code: string): Promise<MailAttachment> {
  const png = await QRCode.toBuffer(code, { type: 'png', errorCorrectionLevel: 'M', margin: 2, scale: 6 });
  return { filename: `billet-${code}.png`, contentType: 'image/png', contentBase64: png.toString('base64') };
}

/** The event as a calendar entry (`.ics`): its date, place and status as they are now. */
export const calendarAttachment = (ev: EventRow): MailAttachment => ({
  filename: 'evenement.ics',
  contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
  contentBase64: Buffer.from(icalendar([ev]), 'utf8').toString('base64'),
});

/**
 * What a mail about a seat carries: the calendar entry, and the ticket's QR code when the registration has a
 * seat (a waitlisted one has no ticket to show yet). `qr` is the QR code already drawn, if any (drawn before
 * the event's lock is taken, so that the lock is held as short a time as can be).
 */
export async function seatAttachments(
  ev: EventRow,
  r: Pick<RegistrationRow, 'status' | 'ticketCode'>,
  qr?: MailAttachment | null,
): Promise<MailAttachment[]> {
  const ticket =
    r.status === 'CONFIRMED' && r.ticketCode
      ? qr && qr.filename === `billet-${r.ticketCode}.png`
        ? qr
        : await ticketQrCode(r.ticketCode)
      : null;
  return [calendarAttachment(ev), ...(ticket ? [ticket] : [])];
}
