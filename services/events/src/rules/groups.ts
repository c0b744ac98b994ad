import { badInput } from '@dm/shared';
import { PARENTS_CAFE } from './cafes.ts';

/**
 * A school's UAI code (unité administrative immatriculée, formerly RNE): seven digits (the department's
 * three, then four) and a check letter, the seven digits modulo 23 read in `ABCDEFGHJKLMNPRSTUVWXYZ`.
 */
const UAI_LETTERS = 'ABCDEFGHJKLMNPRSTUVWXYZ';

export function uaiCheckLetter(digits: string): string {
  return UAI_LETTERS[Number(digits) % 23]!;
}

export function isValidUai(value: string): boolean {
  const m = /^(\d{7})([A-Z])$/.exec(value);
  return m !== null && uaiCheckLetter(m[1]!) === m[2];
}

/** A UAI code, spaces removed and upper-cased, or a BAD_USER_INPUT on the field. */
export function requireUai(value: string, field: string): string {
  const code = value.replace(/\s+/g, '').toUpperCase();
  if (!isValidUai(code)) throw badInput(field, 'Not a UAI code: seven digits and their check letter, e.g. 0140013N');
  return code;
}

export const MAX_GROUP_SIZE = 500;

export interface GroupRoom {
  kind: string;
  capacity: number | null;
  confirmedCount: number;
  groupSeatsCount: number;
  maxGroupSize: number | null;
  seatsReservedForIndividuals: number;
}

/** Participants and adults of a group: seats it takes, checked against the event's caps. */
export function groupSeats(event: GroupRoom, participants: number, accompanying: number): number {
  if (event.kind === PARENTS_CAFE) throw badInput('input.eventId', "A parents' café takes parents one by one");
  if (!Number.isInteger(participants) || participants < 1 || participants > MAX_GROUP_SIZE)
    throw badInput('input.participants', `A group has 1 to ${MAX_GROUP_SIZE} participants`);
  if (!Number.isInteger(accompanying) || accompanying < 0 || accompanying > MAX_GROUP_SIZE)
    throw badInput('input.accompanying', `A group has 0 to ${MAX_GROUP_SIZE} accompanying adults`);
  const seats = participants + accompanying;
  if (event.maxGroupSize !== null && seats > event.maxGroupSize)
    throw badInput('input.participants', `Groups of this event bring at most ${event.maxGroupSize} people`);
  if (event.capacity !== null && seats > event.capacity - event.seatsReservedForIndividuals)
    throw badInput(
      'input.participants',
      `Groups of this event take at most ${event.capacity - event.seatsReservedForIndividuals} seats`,
    );
  return seats;
}

/** Seats a group may take now: seats left, outside those kept for individuals. */
export function groupRoom(event: GroupRoom): number {
  if (event.capacity === null) return Number.POSITIVE_INFINITY;
  return Math.max(
    0,
    Math.min(
      event.capacity - event.confirmedCount,
      event.capacity - event.seatsReservedForIndividuals - event.groupSeatsCount,
    ),
  );
}

/**
 * Where a group goes, as one block: all its seats confirmed; or, when the organiser accepts it, the seats
 * that are left (at least one); or all of them on the waitlist.
 */
export function groupPlace(
  event: GroupRoom,
  seats: number,
  acceptFewerSeats: boolean,
): { status: 'CONFIRMED' | 'WAITLISTED'; seats: number } {
  const room = groupRoom(event);
  if (seats <= room) return { status: 'CONFIRMED', seats };
  if (acceptFewerSeats && room > 0) return { status: 'CONFIRMED', seats: room };
  return { status: 'WAITLISTED', seats };
}

/** Caps of an event for groups: a group size and seats kept for individuals, within its capacity. */
export function groupCaps(
  capacity: number | null,
  maxGroupSize: number | null | undefined,
  reserved: number | null | undefined,
): { maxGroupSize: number | null; seatsReservedForIndividuals: number } {
  if (maxGroupSize !== null && maxGroupSize !== undefined && (!Number.isInteger(maxGroupSize) || maxGroupSize < 1))
    throw badInput('input.maxGroupSize', 'maxGroupSize must be a whole number of at least 1');
  const kept = reserved ?? 0;
  if (!Number.isInteger(kept) || kept < 0 || (capacity !== null && kept > capacity))
    throw badInput('input.seatsReservedForIndividuals', 'Seats kept for individuals: from 0 to the capacity');
  if (capacity === null && kept > 0)
    throw badInput('input.seatsReservedForIndividuals', 'An event without capacity keeps no seats');
  return { maxGroupSize: maxGroupSize ?? null, seatsReservedForIndividuals: kept };
}
