import { frenchDate, frenchDateTime, noticeFooter, type OutboxMessage } from '@dm/shared/mail';
import { communes } from '@dm/shared/reference';
import type { EventRow, RegistrationRow } from '../db/schema.ts';

const parisTime = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', timeStyle: 'short' });

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

/**
 * Tells a registered attendee, who (or whose address) registered again, what they are registered to:
 * the event, their seat or their place on the waitlist. Sent to the address of the registration only.
 */
export function registrationNotice(
  registration: RegistrationRow,
  ev: EventRow,
  waitlistPosition: number | null,
  eventUrl: (id: string) => string,
): OutboxMessage {
  const where = eventWhere(ev);
  const status =
    registration.status === 'WAITLISTED'
      ? `sur liste d’attente${waitlistPosition ? `, en position ${waitlistPosition}` : ''} : vous serez prévenu·e si une place se libère`
      : 'confirmée : une place vous est réservée';
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
      `Date : ${eventWhen(ev)}`,
      ...(where ? [`Lieu : ${where}`] : []),
      `Votre inscription : ${status}.`,
      '',
      `Pour retrouver l’évènement : ${eventUrl(ev.id)}`,
      'Pour annuler, utilisez le code d’annulation donné lors de votre inscription.',
      '',
      ...noticeFooter,
    ].join('\n'),
  };
}
