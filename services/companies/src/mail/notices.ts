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

/** What the mails say of a requester's category: words, never the enum's values. */
export const audienceInFrench: Record<string, string> = {
  COLLEGE_PUPIL: 'collégien ou collégienne',
  LYCEE_PUPIL: 'lycéen ou lycéenne',
  APPRENTICE: 'apprenti ou apprentie',
  STUDENT: 'étudiant ou étudiante',
  PARENT: 'parent',
  TEACHER: 'enseignant ou enseignante',
  JOB_SEEKER: 'en recherche d’emploi',
  CAREER_CHANGER: 'en reconversion',
  EMPLOYEE: 'salarié ou salariée',
  COMPANY: 'entreprise',
  ORIENTATION_PROFESSIONAL: 'professionnel ou professionnelle de l’orientation',
};

/** Front-end pages the companies' mails link to, and where mail goes when a company gave no address. */
export interface CompaniesMailSettings {
  offerUrl: (offerId: string) => string;
  answerUrl: (requestId: string) => string;
  signUrl: (token: string) => string;
  charterUrl: (charterId: string) => string;
  fallbackAddress: string;
}

/**
 * Tells the company (its contact address, or the agency's) of a new request, or recalls it after 7
 * days. The requester is named by first name and initial: their address and phone stay on the platform.
 */
export function newRequestMail(
  to: string,
  request: ImmersionRequestRow,
  offer: ImmersionOfferRow,
  settings: CompaniesMailSettings,
  reminder = false,
): OutboxMessage {
  const who = `${request.firstName} ${request.lastName.slice(0, 1)}.`;
  return {
    kind: reminder ? 'IMMERSION_REQUEST_REMINDER' : 'IMMERSION_REQUEST_RECEIVED',
    toAddress: to,
    recordId: request.id,
    subject: `${reminder ? 'Rappel : demande' : 'Demande'} d’immersion pour « ${offer.title} »`,
    body: [
      'Bonjour,',
      '',
      reminder
        ? `La demande d’immersion de ${who}, reçue le ${frenchDate(request.createdAt)}, attend toujours votre réponse.`
        : `${who} (${audienceInFrench[request.category] ?? 'public'}) demande une immersion « ${offer.title} ».`,
      ...(request.minor ? ['La personne est mineure ; son représentant légal a donné son accord.'] : []),
      ...(!reminder && request.message ? ['', 'Son message :', request.message] : []),
      '',
      `Pour accepter ou décliner la demande : ${settings.answerUrl(request.id)}`,
      'Sans réponse sous 30 jours, la demande expire et la place est remise en ligne.',
    ].join('\n'),
  };
}

/** Tells the requester the company's answer. */
export function answerMail(
  request: ImmersionRequestRow,
  offer: ImmersionOfferRow,
  companyName: string,
  settings: CompaniesMailSettings,
): OutboxMessage {
  const accepted = request.status === 'ACCEPTED';
  return {
    kind: 'IMMERSION_REQUEST_ANSWERED',
    toAddress: request.email,
    recordId: request.id,
    subject: `Votre demande d’immersion a été ${accepted ? 'acceptée' : 'déclinée'}`,
    body: [
      `Bonjour ${request.firstName},`,
      '',
      accepted
        ? `${companyName} accepte votre demande d’immersion « ${offer.title} ». L’entreprise prépare la convention d’immersion : chaque signataire recevra un lien pour la signer.`
        : `${companyName} ne peut pas donner suite à votre demande d’immersion « ${offer.title} ». D’autres entreprises proposent des immersions sur Destination Métier.`,
      '',
      `L’offre : ${settings.offerUrl(offer.id)}`,
    ].join('\n'),
  };
}

/** Tells the requester that the company did not answer in 30 days. */
export function expiredMail(
  request: ImmersionRequestRow,
  offer: ImmersionOfferRow,
  settings: CompaniesMailSettings,
): OutboxMessage {
  return {
    kind: 'IMMERSION_REQUEST_EXPIRED',
    toAddress: request.email,
    recordId: request.id,
    subject: 'Votre demande d’immersion n’a pas reçu de réponse',
    body: [
      `Bonjour ${request.firstName},`,
      '',
      `Votre demande d’immersion « ${offer.title} », faite le ${frenchDate(request.createdAt)}, n’a pas reçu de réponse en 30 jours : elle est close.`,
      'D’autres entreprises proposent des immersions sur Destination Métier.',
      '',
      `L’offre : ${settings.offerUrl(offer.id)}`,
    ].join('\n'),
  };
}
