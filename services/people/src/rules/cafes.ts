import { badInput, requireIntRange } from '@dm/shared';
import { type Attempt, knownAddress } from '@dm/shared/mail';

/** A café gathers 15 to 20 parents: at most 20 seats, and it is confirmed from 15 registrations. */
export const MAX_CAFE_CAPACITY = 20;
export const CONFIRMATION_THRESHOLD = 15;

export type ParentsCafeStatus = 'OPEN' | 'CONFIRMED' | 'FULL' | 'CANCELLED' | 'HELD';

export interface CafeState {
  capacity: number;
  registeredCount: number;
  startsAt: Date;
  cancelledAt: Date | null;
}

export function cafeStatus(cafe: CafeState, now: Date): ParentsCafeStatus {
  if (cafe.cancelledAt) return 'CANCELLED';
  if (cafe.startsAt <= now) return 'HELD';
  if (cafe.registeredCount >= cafe.capacity) return 'FULL';
  if (cafe.registeredCount >= Math.min(CONFIRMATION_THRESHOLD, cafe.capacity)) return 'CONFIRMED';
  return 'OPEN';
}

export const validateCafeCapacity = (capacity: number, field = 'input.capacity') =>
  requireIntRange(capacity, field, 1, MAX_CAFE_CAPACITY);

/** Registration is open until the café starts, while seats remain. */
export function assertCanRegisterForCafe(cafe: CafeState, now: Date, field = 'input.cafeId') {
  const status = cafeStatus(cafe, now);
  if (status === 'CANCELLED') throw badInput(field, 'This café was cancelled');
  if (status === 'HELD') throw badInput(field, 'This café has already taken place');
  if (status === 'FULL') throw badInput(field, 'This café is full');
}

/**
 * What registering an address for a café does: a first registration, a cancelled one opened again, or,
 * for an address already registered, nothing but an answer like a new one and (at most daily) a notice
 * to the parent.
 */
export function cafeRegistrationAttempt(
  existing: { status: string; duplicateNoticeAt: Date | null } | undefined,
  now: Date,
): Attempt {
  if (!existing) return { kind: 'NEW' };
  if (existing.status === 'CANCELLED') return { kind: 'AGAIN' };
  return knownAddress(existing, now);
}
