import { frenchDate, frenchDateTime, noticeFooter, type OutboxMessage } from '@dm/shared/mail';
import { communes } from '@dm/shared/reference';
import type { CafeRegistrationRow, ContactRequestRow, ParentsCafeRow } from '../db/schema.ts';
import { cafeStatus, type ParentsCafeStatus } from '../rules/cafes.ts';

/** A café's status as the parent reads it. */
const cafeStatusText: Record<ParentsCafeStatus, string> = {
  OPEN: 'ouvert aux inscriptions',
  CONFIRMED: 'confirmé : assez de parents sont inscrits, il aura lieu',
  FULL: 'complet',
  CANCELLED: 'annulé',
  HELD: 'déjà tenu',
};

/**
 * Tells a registered parent, who (or whose address) registered again, what they are registered to. Sent
 * to the address of the registration only.
 */
export function cafeRegistrationNotice(
  registration: CafeRegistrationRow,
  cafe: ParentsCafeRow,
  now: Date,
  cafeUrl: (id: string) => string,
): OutboxMessage {
  const place = [cafe.venueName, communes.get(cafe.communeCode)?.name].filter(Boolean).join(', ');
  return {
    kind: 'CAFE_REGISTRATION_NOTICE',
    toAddress: registration.email,
    recordId: registration.id,
    subject: `Votre inscription au café des parents « ${cafe.title} »`,
    body: [
      `Bonjour ${registration.firstName},`,
      '',
      `Vous êtes déjà inscrit·e au café des parents « ${cafe.title} », depuis le ${frenchDate(registration.createdAt)}.`,
      '',
      `Date : ${frenchDateTime(cafe.startsAt)}`,
      ...(place ? [`Lieu : ${place}`] : []),
      `Animé par : ${cafe.facilitatorName}`,
      `Le café est ${cafeStatusText[cafeStatus(cafe, now)]}.`,
      '',
      `Pour le retrouver : ${cafeUrl(cafe.id)}`,
      'Pour annuler, utilisez le code d’annulation donné lors de votre inscription.',
      '',
      ...noticeFooter,
    ].join('\n'),
  };
}

/**
 * Tells a requester, who (or whose address) asked again, that their request to this addressee is still
 * waiting for an answer. The addressee is named as the public sees them, never by an address.
 */
export function contactRequestNotice(
  request: ContactRequestRow,
  addressee: { displayName: string; jobTitle: string } | null,
): OutboxMessage {
  const to = addressee ? `${addressee.displayName} (${addressee.jobTitle})` : 'l’entreprise que vous avez sollicitée';
  return {
    kind: 'CONTACT_REQUEST_NOTICE',
    toAddress: request.requesterEmail,
    recordId: request.id,
    subject: 'Votre demande de mise en relation est en attente de réponse',
    body: [
      `Bonjour ${request.requesterName},`,
      '',
      `Votre demande de mise en relation avec ${to}, envoyée le ${frenchDate(request.createdAt)}, attend toujours sa réponse.`,
      'Une seule demande à la fois est transmise à un même destinataire : la réponse vous sera relayée par e-mail,',
      'ou un message vous dira si elle n’arrive pas dans les 30 jours.',
      '',
      'Votre message :',
      request.message,
      '',
      ...noticeFooter,
    ].join('\n'),
  };
}
