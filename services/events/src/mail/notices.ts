import { frenchDate, frenchDateTime, type MailAttachment, noticeFooter, type OutboxMessage } from '@dm/shared/mail';
import { communes } from '@dm/shared/reference';
import type { EventRow, RegistrationRow } from '../db/schema.ts';
import type { LogisticsChange } from '../rules/notifications.ts';

const parisTime = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', timeStyle: 'short' });

/** Front-end pages the mails link to (configured URL templates). */
export interface MailLinks {
  eventUrl: (id: string) => string;
  /** A parents' café's own page. */
  cafeUrl: (id: string) => string;
  /** The registration's page; `action` and `token` let the registrant confirm or cancel from it. */
  registrationUrl: (id: string, action: 'confirmer' | 'annuler', token: string) => string;
}

/** When an event takes place, as precisely as it is known (no time is invented). */
export function eventWhen(ev: EventRow): string {
  if (ev.datePrecision === 'TIME' && ev.startsAt && ev.endsAt) {
    return ev.startsOn === ev.endsOn
      ? `${frenchDate(ev.startsAt)}, de ${parisTime.format(ev.startsAt)} à ${parisTime.format(ev.endsAt)}`
      : `du ${frenchDateTime(ev.startsAt)} au ${frenchDateTime(ev.endsAt)}`;
  }
  if (ev.datePrecision === 'PERIOD')
    return `entre le ${frenchDate(ev.startsOn)} et le ${frenchDate(ev.endsOn)} (la date exacte reste à préciser)`;
  return ev.startsOn === ev.endsOn
    ? frenchDate(ev.startsOn)
    : `du ${frenchDate(ev.startsOn)} au ${frenchDate(ev.endsOn)}`;
}

/** Where: online, or the venue and its commune. */
export function eventWhere(ev: EventRow): string | null {
  if (ev.online) return 'en ligne';
  const place = [ev.venueName, ev.communeCode ? communes.get(ev.communeCode)?.name : null].filter(Boolean);
  return place.length ? place.join(', ') : null;
}

const whatFor = (r: RegistrationRow) =>
  r.groupName ? `le groupe « ${r.groupName} » (${r.seats} place${r.seats > 1 ? 's' : ''})` : 'vous';

function standing(r: RegistrationRow, waitlistPosition: number | null): string {
  if (r.status === 'WAITLISTED')
    return `sur liste d’attente${waitlistPosition ? `, en position ${waitlistPosition}` : ''} : vous serez prévenu·e si une place se libère`;
  return r.groupName
    ? `confirmée : ${r.seats} place${r.seats > 1 ? 's' : ''} réservée${r.seats > 1 ? 's' : ''}`
    : 'confirmée : une place vous est réservée';
}

const eventLines = (ev: EventRow, links: MailLinks) => {
  const where = eventWhere(ev);
  const page =
    ev.kind === 'PARENTS_CAFE' ? `Le café : ${links.cafeUrl(ev.id)}` : `L’évènement : ${links.eventUrl(ev.id)}`;
  return [`Date : ${eventWhen(ev)}`, ...(where ? [`Lieu : ${where}`] : []), page];
};

const ticketLines = (r: RegistrationRow) =>
  r.status === 'CONFIRMED' && r.ticketCode
    ? [`Votre billet : ${r.ticketCode} (à présenter à l’accueil, une seule fois)`]
    : [];

/** Says what the attached files are, so that a reader without them knows what they missed. */
function attachmentLines(attachments: MailAttachment[]): string[] {
  const calendar = attachments.some((a) => a.filename.endsWith('.ics'));
  const qr = attachments.some((a) => a.contentType === 'image/png');
  if (!calendar && !qr) return [];
  const what = [
    ...(calendar ? ['l’évènement à ajouter à votre agenda (fichier .ics)'] : []),
    ...(qr ? ['le QR code de votre billet, à montrer à l’accueil'] : []),
  ];
  return [`En pièce jointe : ${what.join(' et ')}.`];
}

/**
 * Asks the address to confirm a public registration: its seat (or waitlist place) is held until then, for
 * 48 hours; the mail also carries the cancellation link.
 */
export function confirmAddressNotice(
  r: RegistrationRow,
  ev: EventRow,
  tokens: { confirm: string; cancel: string },
  holdUntil: Date,
  links: MailLinks,
): OutboxMessage {
  return {
    kind: 'REGISTRATION_CONFIRM_ADDRESS',
    toAddress: r.email,
    recordId: r.id,
    subject: `Confirmez votre inscription : ${ev.title}`,
    body: [
      `Bonjour ${r.firstName},`,
      '',
      `Une inscription à « ${ev.title} » a été faite pour ${whatFor(r)} avec cette adresse.`,
      ...eventLines(ev, links),
      `Inscription ${standing(r, null)}.`,
      '',
      `Pour la confirmer, ouvrez ce lien avant le ${frenchDateTime(holdUntil)} :`,
      links.registrationUrl(r.id, 'confirmer', tokens.confirm),
      'Sans confirmation, la place est rendue.',
      '',
      `Pour annuler : ${links.registrationUrl(r.id, 'annuler', tokens.cancel)}`,
      'Si vous n’avez rien demandé, ignorez ce message : l’inscription ne sera pas confirmée.',
    ].join('\n'),
  };
}

/** Tells the registrant what they have: the seat and the ticket, the cancellation link, the event. */
export function registeredNotice(
  r: RegistrationRow,
  ev: EventRow,
  cancelToken: string,
  links: MailLinks,
  attachments: MailAttachment[] = [],
): OutboxMessage {
  return {
    kind: 'REGISTRATION_CONFIRMED',
    attachments,
    toAddress: r.email,
    recordId: r.id,
    subject: `Inscription confirmée : ${ev.title}`,
    body: [
      `Bonjour ${r.firstName},`,
      '',
      `Votre inscription à « ${ev.title} » pour ${whatFor(r)} est ${standing(r, null)}.`,
      ...eventLines(ev, links),
      ...ticketLines(r),
      ...attachmentLines(attachments),
      '',
      `Pour annuler : ${links.registrationUrl(r.id, 'annuler', cancelToken)}`,
    ].join('\n'),
  };
}

/** A seat freed up: the waitlisted registration is confirmed. */
export function promotedNotice(
  r: RegistrationRow,
  ev: EventRow,
  cancelToken: string,
  links: MailLinks,
  attachments: MailAttachment[] = [],
): OutboxMessage {
  return {
    kind: 'REGISTRATION_PROMOTED',
    attachments,
    toAddress: r.email,
    recordId: r.id,
    subject: `Une place s’est libérée : ${ev.title}`,
    body: [
      `Bonjour ${r.firstName},`,
      '',
      `Une place s’est libérée : votre inscription à « ${ev.title} » pour ${whatFor(r)} est ${standing(r, null)}.`,
      ...eventLines(ev, links),
      ...ticketLines(r),
      ...attachmentLines(attachments),
      '',
      `Si vous ne pouvez plus venir, libérez la place : ${links.registrationUrl(r.id, 'annuler', cancelToken)}`,
    ].join('\n'),
  };
}

/** The café reached its 15th parent: it takes place. */
export function cafeConfirmedNotice(
  r: RegistrationRow,
  ev: EventRow,
  links: MailLinks,
  attachments: MailAttachment[] = [],
): OutboxMessage {
  return {
    kind: 'CAFE_CONFIRMED',
    attachments,
    toAddress: r.email,
    recordId: r.id,
    subject: `Le café des parents aura lieu : ${ev.title}`,
    body: [
      `Bonjour ${r.firstName},`,
      '',
      `Assez de parents se sont inscrits : le café des parents « ${ev.title} » aura bien lieu.`,
      ...eventLines(ev, links),
      ...(ev.facilitatorName ? [`Animé par : ${ev.facilitatorName}`] : []),
      ...ticketLines(r),
      ...attachmentLines(attachments),
    ].join('\n'),
  };
}

/**
 * Tells a registered attendee, who (or whose address) registered again, what they are registered to:
 * the event, their seat or their place on the waitlist, and what they need to act on it (a new
 * cancellation link, and a confirmation link while their address is not confirmed). Sent to the address of
 * the registration only; the answer to the request that caused it said nothing of it.
 */
export function registrationNotice(
  registration: RegistrationRow,
  ev: EventRow,
  waitlistPosition: number | null,
  tokens: { cancel: string; confirm: string | null },
  links: MailLinks,
): OutboxMessage {
  return {
    kind: 'REGISTRATION_NOTICE',
    toAddress: registration.email,
    recordId: registration.id,
    subject: `Votre inscription : ${ev.title}`,
    body: [
      `Bonjour ${registration.firstName},`,
      '',
      `Vous êtes déjà inscrit·e à « ${ev.title} », depuis le ${frenchDate(registration.createdAt)}.`,
      '',
      ...eventLines(ev, links),
      `Votre inscription : ${standing(registration, waitlistPosition)}.`,
      ...ticketLines(registration),
      ...(tokens.confirm
        ? [
            '',
            `Votre adresse n’est pas encore confirmée : ${links.registrationUrl(registration.id, 'confirmer', tokens.confirm)}`,
          ]
        : []),
      '',
      `Pour annuler cette inscription : ${links.registrationUrl(registration.id, 'annuler', tokens.cancel)}`,
      '',
      ...noticeFooter,
    ].join('\n'),
  };
}

/** The day before: what, when, where, and the ticket (its QR code attached again). */
export function reminderNotice(r: RegistrationRow, ev: EventRow, links: MailLinks, attachments: MailAttachment[]) {
  return {
    kind: 'REGISTRATION_REMINDER',
    toAddress: r.email,
    recordId: r.id,
    attachments,
    subject: `C’est demain : ${ev.title}`,
    body: [
      `Bonjour ${r.firstName},`,
      '',
      `Petit rappel : « ${ev.title} », auquel vous êtes inscrit·e pour ${whatFor(r)}, a lieu demain.`,
      ...eventLines(ev, links),
      ...ticketLines(r),
      ...attachmentLines(attachments),
      '',
      'Si vous ne pouvez plus venir, libérez votre place avec le lien d’annulation reçu lors de votre inscription :',
      'une personne en liste d’attente pourra en profiter.',
    ].join('\n'),
  } satisfies OutboxMessage;
}

/**
 * An event's date, time or place changed: every registrant is told what it is now (and what it was), with
 * the updated calendar entry and a new cancellation link for whom can no longer come.
 */
export function eventChangedNotice(
  r: RegistrationRow,
  before: EventRow,
  after: EventRow,
  change: LogisticsChange,
  cancelToken: string,
  links: MailLinks,
  attachments: MailAttachment[],
): OutboxMessage {
  const what = change.when && change.where ? 'La date et le lieu' : change.when ? 'La date' : 'Le lieu';
  const was = [
    ...(change.when ? [`Date prévue auparavant : ${eventWhen(before)}`] : []),
    ...(change.where ? [`Lieu prévu auparavant : ${eventWhere(before) ?? 'non précisé'}`] : []),
  ];
  return {
    kind: 'EVENT_CHANGED',
    toAddress: r.email,
    recordId: r.id,
    attachments,
    subject: `${what} de « ${after.title} » ${change.when && change.where ? 'ont' : 'a'} changé`,
    body: [
      `Bonjour ${r.firstName},`,
      '',
      `${what} de « ${after.title} », auquel vous êtes inscrit·e pour ${whatFor(r)}, ${change.when && change.where ? 'ont' : 'a'} changé.`,
      '',
      ...eventLines(after, links),
      ...was,
      `Votre inscription reste ${standing(r, null)}.`,
      ...ticketLines(r),
      ...attachmentLines(attachments),
      '',
      `Si vous ne pouvez plus venir, libérez la place : ${links.registrationUrl(r.id, 'annuler', cancelToken)}`,
      '(ce lien remplace ceux des messages précédents)',
    ].join('\n'),
  };
}

/** An event was cancelled: every registrant is told, with the reason given, if any. */
export function eventCancelledNotice(r: RegistrationRow, ev: EventRow, attachments: MailAttachment[]): OutboxMessage {
  return {
    kind: 'EVENT_CANCELLED',
    toAddress: r.email,
    recordId: r.id,
    attachments,
    subject: `Annulé : ${ev.title}`,
    body: [
      `Bonjour ${r.firstName},`,
      '',
      `Nous sommes désolés : « ${ev.title} », auquel vous étiez inscrit·e pour ${whatFor(r)}, est annulé.`,
      ...(ev.cancellationReason ? [`Motif : ${ev.cancellationReason}`] : []),
      `Date qui était prévue : ${eventWhen(ev)}`,
      ...(eventWhere(ev) ? [`Lieu : ${eventWhere(ev)}`] : []),
      '',
      'Votre inscription n’a plus d’objet : vous n’avez rien à faire.',
      ...(attachments.length
        ? ['En pièce jointe : l’évènement annulé, pour le retirer de votre agenda (fichier .ics).']
        : []),
    ].join('\n'),
  };
}
