import { ageOn } from './clock.ts';
import { badInput } from './errors.ts';

/** Under this age a parent or guardian must agree (GDPR article 8 as applied in France: 15). */
export const GUARDIAN_CONSENT_AGE = 15;

export interface PersonAge {
  minor: boolean;
  birthDate?: string | null;
  guardianConsent?: boolean | null;
}

/**
 * Whether a person must have a guardian's consent: under 15 by birth date; when the birth date is not
 * given, any declared minor, since nothing tells 15 from 14.
 */
export function needsGuardianConsent(person: PersonAge, today: string, field: string): boolean {
  if (person.birthDate) {
    if (person.birthDate > today) throw badInput(`${field}.birthDate`, 'A birth date cannot be in the future');
    const age = ageOn(person.birthDate, today);
    if (age < 18 !== person.minor) throw badInput(`${field}.minor`, 'minor does not agree with the birth date');
    return age < GUARDIAN_CONSENT_AGE;
  }
  return person.minor;
}

/** Refuses a person under 15 without `guardianConsent: true`; `field` is the person's input path. */
export function assertGuardianConsent(person: PersonAge, today: string, field: string): void {
  if (needsGuardianConsent(person, today, field) && person.guardianConsent !== true) {
    throw badInput(`${field}.guardianConsent`, 'A person under 15 needs guardianConsent: true');
  }
}
