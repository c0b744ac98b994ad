import { frenchDate, frenchDateTime, noticeFooter, type OutboxMessage } from '@dm/shared/mail';
import type { ContactRequestRow } from '../db/schema.ts';

/**
 * Tells a requester, who (or whose address) asked again, that their request to this addressee is still
 * waiting for an answer. The addressee is named as the public sees them, never by an address.
 */
export function contactRequestNotice(
  request: ContactRequestRow,
  addressee: { displayName: string; jobTitle: string } | null,
  confirmLink: string | null = null,
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
      ...(confirmLink
        ? [
            '',
            'Votre adresse n’est pas encore confirmée : votre demande ne sera transmise qu’une fois confirmée.',
            `Pour la confirmer : ${confirmLink}`,
          ]
        : []),
      '',
      'Votre message :',
      request.message,
      '',
      ...noticeFooter,
    ].join('\n'),
  };
}

/**
 * Asks the requester of a request made on the public site to confirm their address: the request keeps its
 * place (in an ambassador's quota) for 48 hours, and reaches its addressee only once confirmed.
 */
export function confirmContactNotice(request: ContactRequestRow, confirmLink: string): OutboxMessage {
  return {
    kind: 'CONTACT_CONFIRM_ADDRESS',
    toAddress: request.requesterEmail,
    recordId: request.id,
    subject: 'Confirmez votre demande de mise en relation',
    body: [
      `Bonjour ${request.requesterName},`,
      '',
      'Une demande de mise en relation a été faite avec cette adresse sur Destination Métier.',
      `Pour qu’elle soit transmise, confirmez-la avant le ${frenchDateTime(request.holdExpiresAt ?? request.createdAt)} :`,
      confirmLink,
      'Sans confirmation, elle sera effacée sans avoir été transmise.',
      '',
      'Votre message :',
      request.message,
      '',
      'Si vous n’avez rien demandé, ignorez ce message.',
    ].join('\n'),
  };
}
