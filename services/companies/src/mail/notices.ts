import { frenchDate, noticeFooter, type OutboxMessage } from '@dm/shared/mail';
import { communes } from '@dm/shared/reference';
import type { ImmersionOfferRow, ImmersionRequestRow } from '../db/schema.ts';

/** A request's status as the requester reads it. */
function requestStatus(request: ImmersionRequestRow): string {
  const on = request.answeredAt ? ` le ${frenchDate(request.answeredAt)}` : '';
  if (request.status === 'ACCEPTED') return `acceptée par l’entreprise${on}`;
  if (request.status === 'DECLINED') return `déclinée par l’entreprise${on}`;
  return 'en attente de la réponse de l’entreprise';
}

/**
 * Tells a requester, who (or whose address) asked again, what they already asked for: the offer, the
 * company, the status of their request. Sent to the address of the request only.
 */
export function immersionRequestNotice(
  request: ImmersionRequestRow,
  offer: ImmersionOfferRow,
  companyName: string,
  offerUrl: (id: string) => string,
): OutboxMessage {
  const commune = offer.communeCode ? communes.get(offer.communeCode)?.name : null;
  return {
    kind: 'IMMERSION_REQUEST_NOTICE',
    toAddress: request.email,
    recordId: request.id,
    subject: `Votre demande d’immersion : ${offer.title}`,
    body: [
      `Bonjour ${request.firstName},`,
      '',
      `Vous avez déjà demandé l’immersion « ${offer.title} » chez ${companyName}, le ${frenchDate(request.createdAt)}.`,
      '',
      `Durée : ${offer.durationDays} ${offer.durationDays > 1 ? 'jours' : 'jour'}`,
      ...(commune ? [`Lieu : ${commune}`] : []),
      `Votre demande : ${requestStatus(request)}.`,
      'Une seule demande par personne et par offre est enregistrée : la première.',
      '',
      `Pour retrouver l’offre : ${offerUrl(offer.id)}`,
      '',
      ...noticeFooter,
    ].join('\n'),
  };
}
