import { frenchDate, type OutboxMessage } from '@dm/shared/mail';
import type { ImmersionAgreementRow } from '../db/schema.ts';
import type { AgreementParty } from '../rules/agreement.ts';
import type { CompaniesMailSettings } from './notices.ts';

/** What each party is called in the mails. */
export const partyInFrench: Record<AgreementParty, string> = {
  BENEFICIARY: 'la personne en immersion',
  GUARDIAN: 'son représentant légal',
  COMPANY: 'l’entreprise d’accueil, par le tuteur ou la tutrice',
  PRESCRIBER: 'la structure qui prescrit l’immersion',
};

interface About {
  agreement: ImmersionAgreementRow;
  offerTitle: string;
  companyName: string;
}

const terms = ({ agreement, offerTitle, companyName }: About) => [
  `Immersion « ${offerTitle} » chez ${companyName}`,
  `Du ${frenchDate(agreement.startsOn)} au ${frenchDate(agreement.endsOn)}`,
  `Personne en immersion : ${agreement.beneficiaryFirstName} ${agreement.beneficiaryLastName}`,
];

/** A party's link to read and sign: single-use, sent to that party's address alone. */
export function signLinkMail(
  to: { party: AgreementParty; name: string; email: string },
  token: string,
  about: About,
  settings: CompaniesMailSettings,
  renewed: boolean,
): OutboxMessage {
  return {
    kind: 'IMMERSION_AGREEMENT_TO_SIGN',
    toAddress: to.email,
    recordId: about.agreement.id,
    subject: `Convention d’immersion à signer : ${about.offerTitle}`,
    body: [
      `Bonjour ${to.name},`,
      '',
      renewed
        ? 'La convention d’immersion a été modifiée : les signatures déjà données sont annulées et chacun signe à nouveau.'
        : 'Une convention d’immersion vous attend pour signature.',
      `Vous la signez en tant que ${partyInFrench[to.party]}.`,
      '',
      ...terms(about),
      '',
      `Pour la lire et la signer : ${settings.signUrl(token)}`,
      'Ce lien est personnel et ne sert qu’une fois ; ne le transmettez pas.',
    ].join('\n'),
  };
}

/** Tells the agency that every party signed, so that staff validate it. */
export function signedMail(about: About, settings: CompaniesMailSettings): OutboxMessage {
  return {
    kind: 'IMMERSION_AGREEMENT_SIGNED',
    toAddress: settings.fallbackAddress,
    recordId: about.agreement.id,
    subject: `Convention d’immersion signée, à valider : ${about.offerTitle}`,
    body: [
      'Bonjour,',
      '',
      'Toutes les parties ont signé la convention d’immersion suivante ; elle attend la validation de l’agence.',
      '',
      `Immersion « ${about.offerTitle} » chez ${about.companyName}`,
      `Du ${frenchDate(about.agreement.startsOn)} au ${frenchDate(about.agreement.endsOn)}`,
      `Référence : ${about.agreement.id}`,
    ].join('\n'),
  };
}

/** Tells a party how the agreement ended up: validated, rejected or cancelled. */
export function outcomeMail(
  to: { name: string; email: string },
  outcome: 'VALIDATED' | 'REJECTED' | 'CANCELLED',
  about: About,
): OutboxMessage {
  const said = {
    VALIDATED: 'a été validée par l’agence : l’immersion peut avoir lieu aux dates prévues.',
    REJECTED: 'n’a pas été validée par l’agence ; l’entreprise peut en proposer une nouvelle.',
    CANCELLED: 'a été annulée ; les signatures données ne valent plus.',
  }[outcome];
  return {
    kind: `IMMERSION_AGREEMENT_${outcome}`,
    toAddress: to.email,
    recordId: about.agreement.id,
    subject: `Convention d’immersion : ${about.offerTitle}`,
    body: [`Bonjour ${to.name},`, '', `La convention d’immersion suivante ${said}`, '', ...terms(about)].join('\n'),
  };
}
