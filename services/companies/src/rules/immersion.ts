import { ageOn, badInput, requireIntRange } from '@dm/shared';

export const MAX_PLACES = 50;
export const MAX_DURATION_DAYS = 30;
/** Under this age, a parent or guardian must agree (RGPD, article 8 as applied in France). */
export const GUARDIAN_CONSENT_AGE = 15;

export function validateOffer(input: { places: number; durationDays: number; audiences: string[] }) {
  requireIntRange(input.places, 'input.places', 1, MAX_PLACES);
  requireIntRange(input.durationDays, 'input.durationDays', 1, MAX_DURATION_DAYS);
  if (input.audiences.length === 0) throw badInput('input.audiences', 'Name at least one audience');
}

export interface RequesterAge {
  minor: boolean;
  birthDate?: string | null;
  guardianConsent?: boolean | null;
}

/**
 * Whether the requester must have a guardian's consent: under 15 by birth date; when the birth date
 * is not given, any declared minor, since nothing tells 15 from 14.
 */
export function needsGuardianConsent(requester: RequesterAge, today: string): boolean {
  if (requester.birthDate) {
    if (requester.birthDate > today) throw badInput('input.requester.birthDate', 'A birth date cannot be in the future');
    const age = ageOn(requester.birthDate, today);
    if (age < 18 !== requester.minor) {
      throw badInput('input.requester.minor', 'minor does not agree with the birth date');
    }
    return age < GUARDIAN_CONSENT_AGE;
  }
  return requester.minor;
}

export function assertConsent(requester: RequesterAge, today: string) {
  if (needsGuardianConsent(requester, today) && requester.guardianConsent !== true) {
    throw badInput('input.requester.guardianConsent', 'A requester under 15 needs guardianConsent: true');
  }
}

export type ImmersionRequestStatus = 'PENDING' | 'ACCEPTED' | 'DECLINED';

/** Only a pending request is answered; declining gives its place back to the offer. */
export function answerTransition(status: ImmersionRequestStatus, accept: boolean) {
  if (status !== 'PENDING') throw badInput('input.requestId', `This request was already answered (${status})`);
  return { status: (accept ? 'ACCEPTED' : 'DECLINED') as ImmersionRequestStatus, releasesPlace: !accept };
}

/** Places left: never negative even if an offer's places were lowered below those taken. */
export const remainingPlaces = (offer: { places: number; placesTaken: number }) =>
  Math.max(0, offer.places - offer.placesTaken);
