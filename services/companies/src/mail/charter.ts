import { frenchDate, type OutboxMessage } from '@dm/shared/mail';

/** A charter about to expire, as its notices speak of it. */
export interface ExpiringCharter {
  id: string;
  companyName: string;
  expiresOn: string;
}

/**
 * Tells the company (its contact address, or the agency's) that its charter ends within 90 days, once per
 * expiry, with the page where it sees its commitments and actions.
 */
export function charterExpiringMail(
  to: string,
  charter: ExpiringCharter,
  charterUrl: (id: string) => string,
): OutboxMessage {
  return {
    kind: 'CHARTER_EXPIRING',
    toAddress: to,
    recordId: charter.id,
    subject: `Votre charte « Fabrique des Compétences » prend fin le ${frenchDate(charter.expiresOn)}`,
    body: [
      'Bonjour,',
      '',
      `La charte d’engagement « Fabrique des Compétences » de ${charter.companyName} avec la Région Normandie et l’Agence Régionale de l’Orientation et des Métiers prend fin le ${frenchDate(charter.expiresOn)}.`,
      'Elle peut être reconduite pour deux ans : votre référent de proximité vous accompagne pour le faire et pour faire le point sur vos engagements.',
      '',
      `Vos engagements et les actions enregistrées : ${charterUrl(charter.id)}`,
    ].join('\n'),
  };
}

/** Tells the company's référent de proximité, at their own address, that the charter ends within 90 days. */
export function charterExpiringReferentMail(
  referent: { fullName: string; email: string },
  charter: ExpiringCharter,
  charterUrl: (id: string) => string,
): OutboxMessage {
  return {
    kind: 'CHARTER_EXPIRING_REFERENT',
    toAddress: referent.email,
    recordId: charter.id,
    subject: `La charte de ${charter.companyName} prend fin le ${frenchDate(charter.expiresOn)}`,
    body: [
      `Bonjour ${referent.fullName},`,
      '',
      `La charte d’engagement « Fabrique des Compétences » de ${charter.companyName}, que vous accompagnez, prend fin le ${frenchDate(charter.expiresOn)}.`,
      'L’entreprise en est informée. C’est le moment de faire le point avec elle sur ses engagements et de lui proposer la reconduction.',
      '',
      `La charte, ses engagements et les actions enregistrées : ${charterUrl(charter.id)}`,
    ].join('\n'),
  };
}
