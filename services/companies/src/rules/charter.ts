import { addDays, addYears, badInput } from '@dm/shared';

/** A charter runs two years from its signature (Fabrique des Compétences). */
export const CHARTER_TERM_YEARS = 2;
/** A charter is "expiring soon" within this many days of its expiry. */
export const EXPIRING_SOON_DAYS = 90;
/** The agency exists since 1 January 2020; no charter can be older. */
export const FIRST_POSSIBLE_SIGNATURE = '2020-01-01';

export const commitmentThemeOf = {
  AMBASSADOR_NETWORK: 'REGIONAL_SCHEME',
  IMMERSION_HOSTING: 'REGIONAL_SCHEME',
  PARENT_ACTION: 'DISCOVER',
  SPONSORSHIP: 'DISCOVER',
  COMPANY_VISIT: 'DISCOVER',
  TRAINING_COOPERATION: 'DISCOVER',
  STUDENT_INTERNSHIP: 'WELCOME',
  ADULT_IMMERSION: 'WELCOME',
  TEACHER_DEVELOPMENT: 'WELCOME',
  CLASS_HOSTING: 'WELCOME',
  FORUM: 'PARTICIPATE',
  DIPLOMA_CEREMONY: 'PARTICIPATE',
  SCHOOL_INTERVENTION: 'PARTICIPATE',
  JOB_OFFER_POSTING: 'PARTICIPATE',
} as const;

export type CommitmentKind = keyof typeof commitmentThemeOf;
export type CommitmentTheme = (typeof commitmentThemeOf)[CommitmentKind];
export const commitmentKinds = Object.keys(commitmentThemeOf) as CommitmentKind[];
export const commitmentThemes: CommitmentTheme[] = ['REGIONAL_SCHEME', 'DISCOVER', 'WELCOME', 'PARTICIPATE'];

export type CharterStatus = 'ACTIVE' | 'EXPIRING_SOON' | 'EXPIRED' | 'TERMINATED';
export const charterStatuses: CharterStatus[] = ['ACTIVE', 'EXPIRING_SOON', 'EXPIRED', 'TERMINATED'];

export interface CharterDates {
  signedOn: string;
  expiresOn: string;
  terminatedOn: string | null;
}

/** Status against `today` (YYYY-MM-DD, Europe/Paris). The expiry day itself is still covered. */
export function charterStatus(charter: CharterDates, today: string): CharterStatus {
  if (charter.terminatedOn !== null) return 'TERMINATED';
  if (charter.expiresOn < today) return 'EXPIRED';
  if (addDays(charter.expiresOn, -EXPIRING_SOON_DAYS) <= today) return 'EXPIRING_SOON';
  return 'ACTIVE';
}

/** A charter in force can still be acted on (renewed, actions recorded). */
export const inForce = (status: CharterStatus) => status === 'ACTIVE' || status === 'EXPIRING_SOON';

export interface CommitmentChoice {
  kind: CommitmentKind;
  description?: string | null;
}

/**
 * At least one action of the regional scheme (ambassadors network or immersions) and at least one
 * action of the three themes; each kind once.
 */
export function validateCommitments(commitments: CommitmentChoice[], field = 'input.commitments'): void {
  const seen = new Set<CommitmentKind>();
  for (const c of commitments) {
    if (seen.has(c.kind)) throw badInput(field, `${c.kind} is listed twice`);
    seen.add(c.kind);
    if (c.description && c.description.length > 2000)
      throw badInput(field, 'A commitment description is at most 2000 characters');
  }
  const themes = commitments.map((c) => commitmentThemeOf[c.kind]);
  if (!themes.includes('REGIONAL_SCHEME')) {
    throw badInput(
      field,
      'A charter needs at least one regional-scheme commitment: AMBASSADOR_NETWORK or IMMERSION_HOSTING',
    );
  }
  if (!themes.some((t) => t !== 'REGIONAL_SCHEME')) {
    throw badInput(field, 'A charter needs at least one commitment among the themes DISCOVER, WELCOME or PARTICIPATE');
  }
}

/** The term of a new charter; the signature date cannot be in the future nor before the scheme existed. */
export function charterTerm(signedOn: string, today: string, field = 'input.signedOn') {
  if (signedOn > today) throw badInput(field, 'A charter cannot be signed in the future');
  if (signedOn < FIRST_POSSIBLE_SIGNATURE)
    throw badInput(field, `A charter cannot be signed before ${FIRST_POSSIBLE_SIGNATURE}`);
  return { signedOn, expiresOn: addYears(signedOn, CHARTER_TERM_YEARS) };
}

/** A company signs a new charter only when it has none in force. */
export function assertCanSign(current: CharterDates | null, today: string): void {
  if (current && inForce(charterStatus(current, today))) {
    throw badInput('input.companyId', 'This company already has a charter in force: renew it instead');
  }
}

/**
 * Renewal (reconduction) adds two years to the current expiry. A terminated charter cannot be renewed,
 * nor one that would still be expired after renewal: the company signs a new one.
 */
export function renewal(charter: CharterDates & { renewedCount: number }, today: string) {
  if (charter.terminatedOn !== null) throw badInput('id', 'A terminated charter cannot be renewed');
  const expiresOn = addYears(charter.expiresOn, CHARTER_TERM_YEARS);
  if (expiresOn < today) throw badInput('id', 'This charter expired too long ago to be renewed: sign a new one');
  return { expiresOn, renewedCount: charter.renewedCount + 1 };
}

/** Termination ends the charter today; it cannot end twice. */
export function termination(charter: CharterDates, today: string) {
  if (charter.terminatedOn !== null) throw badInput('id', 'This charter is already terminated');
  if (charter.expiresOn < today) throw badInput('id', 'This charter has already expired');
  return { terminatedOn: today };
}

/** Actions are recorded under a commitment of the charter, on a day within its term. */
export function validateActionDate(
  charter: CharterDates,
  occurredOn: string,
  today: string,
  field = 'input.occurredOn',
) {
  if (occurredOn > today) throw badInput(field, 'An action is recorded once it has happened');
  if (occurredOn < charter.signedOn) throw badInput(field, 'This day is before the charter was signed');
  const end = charter.terminatedOn ?? charter.expiresOn;
  if (occurredOn > end) throw badInput(field, 'This day is after the end of the charter');
}
