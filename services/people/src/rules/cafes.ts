import { badInput, requireIntRange } from '@dm/shared';

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
