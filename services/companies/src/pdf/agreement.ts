import { frenchDate, frenchDateTime } from '@dm/shared/mail';
import { communes, metiers } from '@dm/shared/reference';
import type { AgreementSignatoryRow, CompanyRow, ImmersionAgreementRow, ImmersionOfferRow } from '../db/schema.ts';
import { partyInFrench } from '../mail/agreement.ts';
import { daysBetween } from '../rules/agreement.ts';
import { textPdf } from './textPdf.ts';

const statusInFrench: Record<string, string> = {
  DRAFT: 'brouillon, non envoyée',
  READY_TO_SIGN: 'envoyée pour signature',
  PARTIALLY_SIGNED: 'signée en partie',
  SIGNED: 'signée par toutes les parties, en attente de validation',
  VALIDATED: 'validée par l’agence',
  REJECTED: 'refusée par l’agence',
  CANCELLED: 'annulée',
};

/** The agreement as a document: its parties, its terms, each signature with its date. */
export function agreementPdf(
  agreement: ImmersionAgreementRow,
  offer: ImmersionOfferRow,
  host: CompanyRow,
  signatories: AgreementSignatoryRow[],
): Buffer {
  const place = offer.communeCode ? communes.get(offer.communeCode)?.name : null;
  const lines = [
    `Référence : ${agreement.id}`,
    `État : ${statusInFrench[agreement.status] ?? ''}`,
    '',
    'LES PARTIES',
    `Personne en immersion : ${agreement.beneficiaryFirstName} ${agreement.beneficiaryLastName}` +
      (agreement.beneficiaryBirthDate ? `, née le ${frenchDate(agreement.beneficiaryBirthDate)}` : '') +
      (agreement.beneficiaryMinor ? ' (mineure)' : ''),
    ...(agreement.guardianName ? [`Représentant légal : ${agreement.guardianName}`] : []),
    `Entreprise d’accueil : ${host.name}${host.siret ? `, SIRET ${host.siret}` : ''}${place ? `, ${place}` : ''}`,
    `Tuteur ou tutrice : ${agreement.tutorName}, ${agreement.tutorJobTitle}`,
    ...(agreement.prescriberName
      ? [`Prescripteur : ${agreement.prescriberName}, ${agreement.prescriberOrganisation ?? ''}`]
      : []),
    '',
    'L’IMMERSION',
    `Offre : ${offer.title}`,
    `Métier découvert : ${metiers.get(offer.romeCode)?.label ?? offer.romeCode} (${offer.romeCode})`,
    `Dates : du ${frenchDate(agreement.startsOn)} au ${frenchDate(agreement.endsOn)} (${daysBetween(agreement.startsOn, agreement.endsOn)} jour(s))`,
    `Horaires : ${agreement.schedule}`,
    `Objectifs : ${agreement.objectives}`,
    '',
    'SIGNATURES',
    ...signatories.map(
      (s) =>
        `${s.name}, ${partyInFrench[s.party]} : ${s.signedAt ? `signé le ${frenchDateTime(s.signedAt)}` : 'pas encore signé'}`,
    ),
    ...(agreement.validatedAt ? ['', `Validée par l’agence le ${frenchDateTime(agreement.validatedAt)}`] : []),
  ];
  return textPdf('Convention d’immersion professionnelle', lines);
}
