import { badInput } from '@dm/shared';

/**
 * A parents' café (café des parents) gathers 15 to 20 parents: at most 20 seats, and it takes place
 * (CONFIRMED) from 15 registered parents. It is an event of kind PARENTS_CAFE: the same registration
 * engine as every other event, with this rule beside it.
 */
export const PARENTS_CAFE = 'PARENTS_CAFE';
export const MAX_CAFE_CAPACITY = 20;
export const CONFIRMATION_THRESHOLD = 15;

export type ParentsCafeStatus = 'OPEN' | 'CONFIRMED' | 'FULL' | 'CANCELLED' | 'HELD';

export interface CafeState {
  capacity: number | null;
  confirmedCount: number;
  sortAt: Date;
  cancelledAt: Date | null;
}

const seatsOf = (cafe: { capacity: number | null }) => cafe.capacity ?? MAX_CAFE_CAPACITY;

export function cafeStatus(cafe: CafeState, now: Date): ParentsCafeStatus {
  if (cafe.cancelledAt) return 'CANCELLED';
  if (cafe.sortAt <= now) return 'HELD';
  if (cafe.confirmedCount >= seatsOf(cafe)) return 'FULL';
  if (cafe.confirmedCount >= Math.min(CONFIRMATION_THRESHOLD, seatsOf(cafe))) return 'CONFIRMED';
  return 'OPEN';
}

/** A café's seats: 1 to 20, 20 when not given. */
export function cafeCapacity(capacity: number | null | undefined, field = 'input.capacity'): number {
  const seats = capacity ?? MAX_CAFE_CAPACITY;
  if (!Number.isInteger(seats) || seats < 1 || seats > MAX_CAFE_CAPACITY)
    throw badInput(field, `A parents' café has 1 to ${MAX_CAFE_CAPACITY} seats`);
  return seats;
}

/** Whether this change of confirmed parents makes the café take place: the parents are then told. */
export const cafeJustConfirmed = (capacity: number | null, before: number, after: number) => {
  const threshold = Math.min(CONFIRMATION_THRESHOLD, seatsOf({ capacity }));
  return before < threshold && after >= threshold;
};

/** The café operations of the first version take no waitlist: a full café refuses, as it always did. */
export function assertCafeHasSeat(cafe: CafeState, now: Date, field = 'input.cafeId') {
  const status = cafeStatus(cafe, now);
  if (status === 'CANCELLED') throw badInput(field, 'This café was cancelled');
  if (status === 'HELD') throw badInput(field, 'This café has already taken place');
  if (status === 'FULL') throw badInput(field, 'This café is full');
}
