import { badInput } from '@dm/shared';
import { type Attempt, knownAddress } from '@dm/shared/mail';
import { eventStatus } from './schedule.ts';

export type RegistrationStatus = 'CONFIRMED' | 'WAITLISTED' | 'CANCELLED';
export const MAX_CAPACITY = 100_000;

export interface RegistrationWindow {
  cancelledAt: Date | null;
  sortAt: Date;
  endSortAt: Date;
  registrationOpensAt: Date | null;
  registrationClosesAt: Date | null;
}

/** Registration is open from its opening (if any) until its closing, by default the start of the event. */
export function registrationOpen(event: RegistrationWindow, now: Date): boolean {
  if (eventStatus(event, now) !== 'SCHEDULED') return false;
  if (event.registrationOpensAt && now < event.registrationOpensAt) return false;
  return now < (event.registrationClosesAt ?? event.sortAt);
}

/** Says why registering is refused, naming the event field. */
export function assertCanRegister(event: RegistrationWindow, now: Date, field = 'input.eventId'): void {
  const status = eventStatus(event, now);
  if (status === 'CANCELLED') throw badInput(field, 'This event was cancelled');
  if (status === 'COMPLETED') throw badInput(field, 'This event is over');
  if (event.registrationOpensAt && now < event.registrationOpensAt) {
    throw badInput(field, `Registration opens on ${event.registrationOpensAt.toISOString()}`);
  }
  if (now >= (event.registrationClosesAt ?? event.sortAt))
    throw badInput(field, 'Registration for this event is closed');
}

/** A new registration takes a seat while one is left; unlimited events never waitlist. */
export function seatFor(event: { capacity: number | null; confirmedCount: number }): 'CONFIRMED' | 'WAITLISTED' {
  return event.capacity === null || event.confirmedCount < event.capacity ? 'CONFIRMED' : 'WAITLISTED';
}

/**
 * The answer a new registration would get now: a seat, or the next place on the waitlist. What an
 * address already registered is answered too, without taking anything.
 */
export function newcomerPlace(event: { capacity: number | null; confirmedCount: number; waitlistCount: number }): {
  status: 'CONFIRMED' | 'WAITLISTED';
  position: number | null;
} {
  const status = seatFor(event);
  return { status, position: status === 'WAITLISTED' ? event.waitlistCount + 1 : null };
}

/**
 * What registering an address for an event does: a first registration, a cancelled one opened again
 * (a new seat or waitlist place), or, for an address already registered (confirmed or waitlisted),
 * nothing but an answer like a new one and (at most daily) a notice to the attendee.
 */
export function registrationAttempt(
  existing: { status: string; duplicateNoticeAt: Date | null } | undefined,
  now: Date,
): Attempt {
  if (!existing) return { kind: 'NEW' };
  if (existing.status === 'CANCELLED') return { kind: 'AGAIN' };
  return knownAddress(existing, now);
}

export function remainingSeats(event: { capacity: number | null; confirmedCount: number }): number | null {
  return event.capacity === null ? null : Math.max(0, event.capacity - event.confirmedCount);
}

/**
 * A new capacity: never below the seats already confirmed; the seats it adds go to the waitlist first.
 * Returns how many waitlisted registrations to confirm.
 */
export function capacityChange(
  capacity: number | null,
  confirmed: number,
  waitlisted: number,
  field = 'input.capacity',
): number {
  if (capacity !== null && (!Number.isInteger(capacity) || capacity < 1 || capacity > MAX_CAPACITY)) {
    throw badInput(field, `capacity must be a whole number from 1 to ${MAX_CAPACITY}`);
  }
  if (capacity !== null && capacity < confirmed) {
    throw badInput(field, `capacity cannot go below the ${confirmed} confirmed registrations`);
  }
  return capacity === null ? waitlisted : Math.min(waitlisted, capacity - confirmed);
}

/** The registrant's secret: shown once, stored as a hash (the shared rule for every such secret). */
export { hashSecret as hashToken, newSecret as newCancellationToken, secretMatches as tokenMatches } from '@dm/shared';

/** Attendance is recorded for confirmed registrations, once the event has started. */
export function assertCanRecordAttendance(event: { sortAt: Date; cancelledAt: Date | null }, now: Date) {
  if (event.cancelledAt) throw badInput('input.eventId', 'This event was cancelled');
  if (now < event.sortAt) throw badInput('input.eventId', 'Attendance is recorded once the event has started');
}

/**
 * A public registration holds its seat 48 hours while the mailed confirmation link waits to be used; staff
 * and partner keys need no confirmation (the shared rule of every public hold).
 */
export { HOLD_HOURS, holdExpiry, needsEmailConfirmation } from '@dm/shared';

const TICKET_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A ticket code: ten characters without look-alikes (0/O, 1/I), about 50 bits, unique per event. */
export function newTicketCode(random: (n: number) => Uint8Array): string {
  return [...random(10)].map((b) => TICKET_ALPHABET[b % TICKET_ALPHABET.length]).join('');
}

/** A ticket code as typed or scanned: spaces and dashes removed, upper-cased. */
export const normaliseTicketCode = (code: string) => code.replace(/[\s-]+/g, '').toUpperCase();

export interface WaitingEntry {
  id: string;
  seats: number;
  group: boolean;
}

/**
 * Which waitlisted registrations take the seats that are free, in waitlist order: each that fits (a group
 * as one block, outside the seats kept for individuals); one that does not fit keeps its place, and the
 * next ones are served.
 */
export function promotable(
  event: {
    capacity: number | null;
    confirmedCount: number;
    groupSeatsCount: number;
    seatsReservedForIndividuals: number;
  },
  waiting: WaitingEntry[],
): WaitingEntry[] {
  let confirmed = event.confirmedCount;
  let groupSeats = event.groupSeatsCount;
  const chosen: WaitingEntry[] = [];
  for (const entry of waiting) {
    if (event.capacity !== null && confirmed >= event.capacity) break;
    const room =
      event.capacity === null
        ? Number.POSITIVE_INFINITY
        : entry.group
          ? Math.min(event.capacity - confirmed, event.capacity - event.seatsReservedForIndividuals - groupSeats)
          : event.capacity - confirmed;
    if (entry.seats <= room) {
      chosen.push(entry);
      confirmed += entry.seats;
      if (entry.group) groupSeats += entry.seats;
    }
  }
  return chosen;
}

/** Checking a ticket in: a confirmed registration of a scheduled event, once. */
export function assertCanCheckIn(
  row: { status: string; checkedInAt: Date | null },
  event: { cancelledAt: Date | null },
): void {
  if (event.cancelledAt) throw badInput('input.eventId', 'This event was cancelled');
  if (row.status !== 'CONFIRMED') throw badInput('input.code', 'This ticket has no seat (waitlisted or cancelled)');
  if (row.checkedInAt) throw badInput('input.code', `Already checked in at ${row.checkedInAt.toISOString()}`);
}
