import { assertGuardianConsent, badInput, type PersonAge, requireIntRange } from '@dm/shared';
import { type Attempt, knownAddress } from '@dm/shared/mail';

export const MAX_PLACES = 50;
export const MAX_DURATION_DAYS = 30;
export function validateOffer(input: { places: number; durationDays: number; audiences: string[] }) {
  requireIntRange(input.places, 'input.places', 1, MAX_PLACES);
  requireIntRange(input.durationDays, 'input.durationDays', 1, MAX_DURATION_DAYS);
  if (input.audiences.length === 0) throw badInput('input.audiences', 'Name at least one audience');
}

/** A requester under 15 needs a guardian's consent (the shared rule, on the request's requester). */
export const assertConsent = (requester: PersonAge, today: string) =>
  assertGuardianConsent(requester, today, 'input.requester');

export type ImmersionRequestStatus = 'PENDING' | 'ACCEPTED' | 'DECLINED';

/** Only a pending request is answered; declining gives its place back to the offer. */
export function answerTransition(status: ImmersionRequestStatus, accept: boolean) {
  if (status !== 'PENDING') throw badInput('input.requestId', `This request was already answered (${status})`);
  return { status: (accept ? 'ACCEPTED' : 'DECLINED') as ImmersionRequestStatus, releasesPlace: !accept };
}

/** Places left: never negative even if an offer's places were lowered below those taken. */
export const remainingPlaces = (offer: { places: number; placesTaken: number }) =>
  Math.max(0, offer.places - offer.placesTaken);

/**
 * The first request of an address for an offer wins: a later one records nothing and takes no place;
 * it gets an answer like a new request, and (at most daily) the requester is told what they already
 * asked. A new request is refused when no place is left: so is the later one, for the same reason.
 */
export function immersionRequestAttempt(
  existing: { duplicateNoticeAt: Date | null } | undefined,
  offer: { places: number; placesTaken: number },
  now: Date,
): Attempt {
  if (!existing) return { kind: 'NEW' };
  if (remainingPlaces(offer) === 0) throw noPlaceLeft();
  return knownAddress(existing, now);
}

export const noPlaceLeft = () => badInput('input.offerId', 'This immersion offer has no place left');
