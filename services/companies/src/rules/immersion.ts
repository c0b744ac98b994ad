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

export type ImmersionRequestStatus = 'PENDING' | 'ACCEPTED' | 'DECLINED' | 'EXPIRED';

/** An unanswered request is recalled to the company after 7 days, and expires after 30, giving its place back. */
export const REMINDER_AFTER_DAYS = 7;
export const EXPIRY_AFTER_DAYS = 30;
const DAY = 86_400_000;

/**
 * The sweep's cutoffs (`store/immersions.ts#sweepImmersionRequests` applies them in SQL): a pending request
 * made before the first is recalled once to the company; made before the second, it expires.
 */
export const reminderCutoff = (now: Date) => new Date(now.getTime() - REMINDER_AFTER_DAYS * DAY);
export const expiryCutoff = (now: Date) => new Date(now.getTime() - EXPIRY_AFTER_DAYS * DAY);

/** Only a pending request is answered; declining gives its place back to the offer. */
export function answerTransition(status: ImmersionRequestStatus, accept: boolean) {
  if (status === 'EXPIRED') throw badInput('input.requestId', 'This request expired unanswered');
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

export type OfferStatus = 'OPEN' | 'PAUSED' | 'CLOSED';
export const MAX_MONTHLY_REQUESTS = 500;

/**
 * Whether an offer takes requests today: open (not paused or closed), with places left, its company not in
 * a busy period, and fewer requests this month than its monthly maximum. What is false leaves search.
 * (`store/immersions.ts#offerOpen` says the same in SQL.)
 */
export function takesRequests(
  offer: { status: string; places: number; placesTaken: number; monthlyMaxRequests: number | null },
  host: { unavailableFrom: string | null; unavailableUntil: string | null },
  requestsThisMonth: number,
  today: string,
): boolean {
  return (
    offer.status === 'OPEN' &&
    remainingPlaces(offer) > 0 &&
    !isUnavailable(host, today) &&
    (offer.monthlyMaxRequests === null || requestsThisMonth < offer.monthlyMaxRequests)
  );
}

/** A company is busy on the days of its period, both included. */
export const isUnavailable = (
  host: { unavailableFrom: string | null; unavailableUntil: string | null },
  today: string,
) =>
  host.unavailableFrom !== null &&
  host.unavailableUntil !== null &&
  host.unavailableFrom <= today &&
  today <= host.unavailableUntil;

/** A busy period: both days or neither, the last on or after the first, not wholly in the past. */
export function validateUnavailability(from: string | null, until: string | null, today: string) {
  if ((from === null) !== (until === null)) {
    throw badInput(
      from === null ? 'input.unavailableFrom' : 'input.unavailableUntil',
      'Give both days of the period, or neither',
    );
  }
  if (from !== null && until !== null) {
    if (until < from) throw badInput('input.unavailableUntil', 'The last day comes on or after the first');
    if (until < today) throw badInput('input.unavailableUntil', 'The period is over already');
  }
}

/** Pausing, resuming, closing: a closed offer stays closed. */
export function offerStatusTransition(from: OfferStatus, to: OfferStatus): OfferStatus {
  if (from === 'CLOSED') throw badInput('id', 'This offer is closed for good: publish a new one');
  if (to === 'PAUSED' && from !== 'OPEN') throw badInput('id', 'Only an open offer can be paused');
  if (to === 'OPEN' && from !== 'PAUSED') throw badInput('id', 'Only a paused offer can be resumed');
  return to;
}

/** An offer's places never go below those its pending and accepted requests hold. */
export function validatePlacesChange(places: number, placesTaken: number) {
  requireIntRange(places, 'input.places', 1, MAX_PLACES);
  if (places < placesTaken) {
    throw badInput('input.places', `${placesTaken} place(s) are held by requests: offer at least that many`);
  }
}

export const validateMonthlyMax = (max: number | null | undefined) =>
  max === null || max === undefined ? null : requireIntRange(max, 'input.monthlyMaxRequests', 1, MAX_MONTHLY_REQUESTS);
