import { addDays, ageOn, badInput } from '@dm/shared';

/**
 * The immersion agreement (convention d'immersion): drafted by the company from an accepted request,
 * signed by each party through a single-use link, validated by agency staff.
 */
export type AgreementStatus =
  'DRAFT' | 'READY_TO_SIGN' | 'PARTIALLY_SIGNED' | 'SIGNED' | 'VALIDATED' | 'REJECTED' | 'CANCELLED';
export type AgreementParty = 'BENEFICIARY' | 'GUARDIAN' | 'COMPANY' | 'PRESCRIBER';

/** The parties, in the order the agreement lists them. */
export const PARTY_ORDER: AgreementParty[] = ['BENEFICIARY', 'GUARDIAN', 'COMPANY', 'PRESCRIBER'];

/** An agreement is drafted at most this long before it starts. */
export const MAX_DAYS_AHEAD = 365;

/** Calendar days from the first to the last day, both included. */
export const daysBetween = (startsOn: string, endsOn: string) =>
  Math.round((Date.parse(`${endsOn}T00:00:00Z`) - Date.parse(`${startsOn}T00:00:00Z`)) / 86_400_000) + 1;

/**
 * The dates of an agreement: it starts today at the earliest and within a year, ends on or after its first
 * day, and lasts no more than the offer's duration (in calendar days, both ends included).
 */
export function validateAgreementDates(startsOn: string, endsOn: string, durationDays: number, today: string) {
  if (startsOn < today) throw badInput('input.startsOn', 'An immersion cannot start in the past');
  if (startsOn > addDays(today, MAX_DAYS_AHEAD)) {
    throw badInput('input.startsOn', 'An immersion starts within a year');
  }
  if (endsOn < startsOn) throw badInput('input.endsOn', 'The last day comes on or after the first');
  if (daysBetween(startsOn, endsOn) > durationDays) {
    throw badInput('input.endsOn', `The offer lasts ${durationDays} day(s): the dates go beyond it`);
  }
}

/** Whether the beneficiary is a minor on the first day: by birth date when known, as declared otherwise. */
export const minorOn = (beneficiary: { minor: boolean; birthDate: string | null }, day: string) =>
  beneficiary.birthDate ? ageOn(beneficiary.birthDate, day) < 18 : beneficiary.minor;

/**
 * A minor's legal guardian (représentant légal) signs too; an adult has none. The guardian is someone
 * else than the beneficiary: another address.
 */
export function requireGuardian(
  minor: boolean,
  guardian: { name: string; email: string } | null | undefined,
  beneficiaryEmail: string,
) {
  if (minor && !guardian) throw badInput('input.guardian', 'A minor’s legal guardian signs the agreement: name one');
  if (!minor && guardian) throw badInput('input.guardian', 'An adult beneficiary signs alone: leave out the guardian');
  if (guardian && guardian.email.toLowerCase() === beneficiaryEmail.toLowerCase()) {
    throw badInput('input.guardian.email', 'The guardian’s address must not be the beneficiary’s');
  }
}

/** The parties who sign: the beneficiary, a minor's guardian, the company (its tutor), the prescriber if any. */
export const partiesOf = (hasGuardian: boolean, hasPrescriber: boolean): AgreementParty[] =>
  PARTY_ORDER.filter((p) => (p !== 'GUARDIAN' || hasGuardian) && (p !== 'PRESCRIBER' || hasPrescriber));

/** Only an accepted request gets an agreement. */
export function requireAcceptedRequest(status: string) {
  if (status !== 'ACCEPTED') throw badInput('input.requestId', 'Only an accepted request gets an agreement');
}

/** Sending the links: a draft only. */
export function sendTransition(status: AgreementStatus): AgreementStatus {
  if (status !== 'DRAFT') throw badInput('id', 'Only a draft is sent for signature');
  return 'READY_TO_SIGN';
}

/**
 * Changing the terms: allowed until every party signed. A change after the first signature voids every
 * signature, and each party gets a new link: nobody is bound by terms they did not read.
 */
export function editTransition(status: AgreementStatus, signatures: number) {
  if (status === 'DRAFT') return { status: 'DRAFT' as AgreementStatus, voidsSignatures: false, resend: false };
  if (status === 'READY_TO_SIGN' || status === 'PARTIALLY_SIGNED') {
    return { status: 'READY_TO_SIGN' as AgreementStatus, voidsSignatures: signatures > 0, resend: true };
  }
  throw badInput('input.id', 'A signed, validated, rejected or cancelled agreement cannot change');
}

/**
 * A signature through a link: the agreement must be out for signature, and the link unused (nobody signs
 * twice). The agreement is SIGNED once every party signed, PARTIALLY_SIGNED before.
 */
export function signTransition(
  status: AgreementStatus,
  alreadySigned: boolean,
  signedAfter: number,
  parties: number,
): AgreementStatus {
  if (alreadySigned) throw badInput('input.token', 'This link was already used: the party signed');
  if (status !== 'READY_TO_SIGN' && status !== 'PARTIALLY_SIGNED') {
    throw badInput('input.token', 'This agreement is not open for signature');
  }
  return signedAfter >= parties ? 'SIGNED' : 'PARTIALLY_SIGNED';
}

/** Agency staff validate a fully signed agreement. */
export function validateTransition(status: AgreementStatus): AgreementStatus {
  if (status !== 'SIGNED') throw badInput('id', 'Only an agreement every party signed can be validated');
  return 'VALIDATED';
}

/** Agency staff reject an agreement not yet validated (with a reason). */
export function rejectTransition(status: AgreementStatus): AgreementStatus {
  if (status === 'VALIDATED' || status === 'REJECTED' || status === 'CANCELLED') {
    throw badInput('id', `This agreement can no longer be rejected (${status})`);
  }
  return 'REJECTED';
}

/** The company or staff cancel an agreement not yet validated. */
export function cancelTransition(status: AgreementStatus): AgreementStatus {
  if (status === 'VALIDATED' || status === 'REJECTED' || status === 'CANCELLED') {
    throw badInput('id', `This agreement can no longer be cancelled (${status})`);
  }
  return 'CANCELLED';
}

/** An agreement still in force holds its request: a second one waits until it is rejected or cancelled. */
export const isOpen = (status: AgreementStatus) => status !== 'REJECTED' && status !== 'CANCELLED';

/** Hours a day of immersion counts at most (the legal daily maximum for an adult). */
export const MAX_HOURS_A_DAY = 10;

/**
 * The assessment (bilan): recorded once, after the last day, of a validated agreement; hours within what the
 * days allow, none when the immersion did not take place.
 */
export function validateAssessment(
  agreement: { status: string; startsOn: string; endsOn: string },
  input: { tookPlace: boolean; hoursDone: number },
  today: string,
) {
  if (agreement.status !== 'VALIDATED') throw badInput('input.agreementId', 'Only a validated agreement is assessed');
  if (today <= agreement.endsOn) throw badInput('input.agreementId', 'The assessment comes after the last day');
  const most = daysBetween(agreement.startsOn, agreement.endsOn) * MAX_HOURS_A_DAY;
  if (!Number.isInteger(input.hoursDone) || input.hoursDone < 0 || input.hoursDone > most) {
    throw badInput('input.hoursDone', `Hours done are between 0 and ${most}`);
  }
  if (!input.tookPlace && input.hoursDone > 0) {
    throw badInput('input.hoursDone', 'An immersion that did not take place has no hours');
  }
}
