import { addDays, addYears, ageOn, badInput } from '@dm/shared';

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

export type ApplicationStatus = 'PENDING' | 'APPROVED' | 'REJECTED';

/** Staff review an application once: it is approved or rejected while pending only. */
export function reviewTransition(status: ApplicationStatus, approve: boolean): ApplicationStatus {
  if (status !== 'PENDING') throw badInput('id', `This application was already reviewed (${status})`);
  return approve ? 'APPROVED' : 'REJECTED';
}

/** The Région signs a charter approved from an application, once, on a day not before the agency's. */
export function regionSignature(
  charter: { awaitingRegion: boolean; agencySignedOn: string | null; signedOn: string },
  signedOn: string,
  today: string,
): string {
  if (!charter.awaitingRegion) throw badInput('id', 'The Région has signed this charter already');
  if (signedOn > today) throw badInput('signedOn', 'A signature cannot be dated in the future');
  if (signedOn < (charter.agencySignedOn ?? charter.signedOn)) {
    throw badInput('signedOn', 'The Région signs on or after the agency');
  }
  return signedOn;
}

/**
 * The term a charter's commitments are followed over: the two years in progress on `today` (from the signature,
 * or from the last reconduction that has begun), or the last term of a charter that has ended. A renewal is a
 * new two-year engagement, so commitments met in an earlier term do not carry over. `to` is the charter's last
 * day in force (its expiry, or the day it was terminated), or the end of the term in progress.
 */
export function followUpTerm(
  charter: CharterDates & { renewedCount: number },
  today: string,
): { from: string; to: string } {
  const end = charter.terminatedOn ?? charter.expiresOn;
  const ref = end < today ? end : today;
  const elapsed = ref < charter.signedOn ? 0 : ageOn(charter.signedOn, ref);
  const term = Math.min(charter.renewedCount, Math.floor(elapsed / CHARTER_TERM_YEARS));
  const from = addYears(charter.signedOn, term * CHARTER_TERM_YEARS);
  const termEnd = addYears(from, CHARTER_TERM_YEARS);
  return { from, to: termEnd < end ? termEnd : end };
}

/**
 * Whether a commitment is met over the term (see `followUpTerm`). The charter ("Fabrique des Compétences")
 * commits the company to carry out, during its two years, the actions it chose: every kind is an action to
 * conduct, so each commitment is met once at least one action of its kind took place within the term, whatever
 * its kind. The regional scheme is no exception: joining the ambassadors network or the immersions scheme counts
 * once an ambassador of the company has acted or a young person was hosted (an immersion assessed as having
 * taken place is recorded as an action of IMMERSION_HOSTING, or ADULT_IMMERSION for an adult looking for a job
 * or changing career).
 */
export function commitmentMet(actionDays: readonly string[], term: { from: string; to: string }): boolean {
  return actionDays.some((day) => day >= term.from && day <= term.to);
}

/**
 * A charter's commitments are met when each of them is: the company carried out every action it chose, which
 * includes the charter's minimum (one of the regional scheme and one of the themes, checked at signature).
 */
export function commitmentsMet(
  commitments: readonly { actionDays: readonly string[] }[],
  term: { from: string; to: string },
): boolean {
  return commitments.length > 0 && commitments.every((c) => commitmentMet(c.actionDays, term));
}

/**
 * The commitment an immersion that took place counts for: hosting a young person building their project (a
 * pupil, an apprentice, a student) is the regional Immersions scheme; hosting an adult looking for a job or
 * changing career is the welcome theme's adult immersion. Other publics count for neither.
 */
export function immersionCommitmentKind(category: string): CommitmentKind | null {
  if (['COLLEGE_PUPIL', 'LYCEE_PUPIL', 'APPRENTICE', 'STUDENT'].includes(category)) return 'IMMERSION_HOSTING';
  if (category === 'JOB_SEEKER' || category === 'CAREER_CHANGER') return 'ADULT_IMMERSION';
  return null;
}
