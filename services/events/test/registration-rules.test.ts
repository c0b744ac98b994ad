import { describe, expect, it } from 'vitest';
import {
  assertCafeHasSeat,
  cafeCapacity,
  cafeJustConfirmed,
  cafeStatus,
  CONFIRMATION_THRESHOLD,
  MAX_CAFE_CAPACITY,
} from '../src/rules/cafes.ts';
import {
  groupCaps,
  groupPlace,
  groupRoom,
  groupSeats,
  isValidUai,
  requireUai,
  uaiCheckLetter,
} from '../src/rules/groups.ts';
import {
  assertCanCheckIn,
  holdExpiry,
  needsEmailConfirmation,
  newTicketCode,
  normaliseTicketCode,
  promotable,
} from '../src/rules/registration.ts';

const at = (iso: string) => new Date(iso);

describe("parents' cafés", () => {
  const cafe = (confirmedCount: number, extra = {}) => ({
    capacity: 20,
    confirmedCount,
    sortAt: at('2026-12-01T17:00:00Z'),
    cancelledAt: null,
    ...extra,
  });
  const now = at('2026-11-22T10:00:00Z');
  it('are OPEN, CONFIRMED from 15 parents, FULL at capacity, HELD once started, or CANCELLED', () => {
    expect(CONFIRMATION_THRESHOLD).toBe(15);
    expect(cafeStatus(cafe(14), now)).toBe('OPEN');
    expect(cafeStatus(cafe(15), now)).toBe('CONFIRMED');
    expect(cafeStatus(cafe(20), now)).toBe('FULL');
    expect(cafeStatus(cafe(3), at('2026-12-01T18:00:00Z'))).toBe('HELD');
    expect(cafeStatus(cafe(3, { cancelledAt: now }), now)).toBe('CANCELLED');
    // A café of 10 seats takes place once full.
    expect(cafeStatus(cafe(10, { capacity: 10 }), now)).toBe('FULL');
  });
  it('have 1 to 20 seats, 20 when not said', () => {
    expect(MAX_CAFE_CAPACITY).toBe(20);
    expect(cafeCapacity(undefined)).toBe(20);
    expect(cafeCapacity(16)).toBe(16);
    expect(() => cafeCapacity(21)).toThrow(/1 to 20/);
    expect(() => cafeCapacity(0)).toThrow(/1 to 20/);
  });
  it('are confirmed once, when the 15th parent comes (or the last seat of a smaller café)', () => {
    expect(cafeJustConfirmed(20, 14, 15)).toBe(true);
    expect(cafeJustConfirmed(20, 15, 16)).toBe(false);
    expect(cafeJustConfirmed(20, 13, 14)).toBe(false);
    expect(cafeJustConfirmed(10, 9, 10)).toBe(true);
  });
  it('refuse a full, past or cancelled café through the café operations', () => {
    expect(() => assertCafeHasSeat(cafe(16), now)).not.toThrow();
    expect(() => assertCafeHasSeat(cafe(20), now)).toThrow(/full/);
    expect(() => assertCafeHasSeat(cafe(3), at('2026-12-02T00:00:00Z'))).toThrow(/taken place/);
    expect(() => assertCafeHasSeat(cafe(3, { cancelledAt: now }), now)).toThrow(/cancelled/);
  });
});

describe('UAI codes of schools', () => {
  it('checks the letter: the seven digits modulo 23, in the alphabet without I, O and Q', () => {
    expect(uaiCheckLetter('0140013')).toBe('N'); // lycée Malherbe, Caen
    expect(isValidUai('0140013N')).toBe(true);
    expect(isValidUai('0140013M')).toBe(false);
    expect(isValidUai('014013N')).toBe(false);
    expect(isValidUai('0140013')).toBe(false);
  });
  it('reads spaces and lower case, and refuses the rest on the field', () => {
    expect(requireUai(' 0140013n ', 'input.organiser.uai')).toBe('0140013N');
    expect(() => requireUai('0140013A', 'input.organiser.uai')).toThrow(/UAI/);
  });
});

describe('groups', () => {
  const forum = {
    kind: 'FORUM',
    capacity: 100,
    confirmedCount: 0,
    groupSeatsCount: 0,
    maxGroupSize: 35,
    seatsReservedForIndividuals: 20,
  };
  it('take participants and adults as seats, within the size cap and the seats groups may take', () => {
    expect(groupSeats(forum, 28, 2)).toBe(30);
    expect(() => groupSeats(forum, 34, 2)).toThrow(/at most 35/);
    expect(() => groupSeats({ ...forum, maxGroupSize: null }, 80, 1)).toThrow(/at most 80 seats/);
    expect(() => groupSeats(forum, 0, 2)).toThrow(/participants/);
    expect(() => groupSeats({ ...forum, kind: 'PARENTS_CAFE' }, 3, 0)).toThrow(/one by one/);
  });
  it('never take the seats kept for individuals', () => {
    expect(groupRoom(forum)).toBe(80);
    expect(groupRoom({ ...forum, confirmedCount: 70, groupSeatsCount: 60 })).toBe(20);
    expect(groupRoom({ ...forum, confirmedCount: 95, groupSeatsCount: 60 })).toBe(5);
    expect(groupRoom({ ...forum, capacity: null })).toBe(Number.POSITIVE_INFINITY);
  });
  it('are confirmed whole, waitlisted whole, or take the seats left when the organiser accepts it', () => {
    const nearlyFull = { ...forum, confirmedCount: 70, groupSeatsCount: 70 };
    expect(groupPlace(forum, 30, false)).toEqual({ status: 'CONFIRMED', seats: 30 });
    expect(groupPlace(nearlyFull, 30, false)).toEqual({ status: 'WAITLISTED', seats: 30 });
    expect(groupPlace(nearlyFull, 30, true)).toEqual({ status: 'CONFIRMED', seats: 10 });
    expect(groupPlace({ ...nearlyFull, groupSeatsCount: 80, confirmedCount: 80 }, 30, true)).toEqual({
      status: 'WAITLISTED',
      seats: 30,
    });
  });
  it('caps: a positive size, and kept seats within the capacity', () => {
    expect(groupCaps(100, 30, 10)).toEqual({ maxGroupSize: 30, seatsReservedForIndividuals: 10 });
    expect(groupCaps(null, null, undefined)).toEqual({ maxGroupSize: null, seatsReservedForIndividuals: 0 });
    expect(() => groupCaps(100, 0, 0)).toThrow(/maxGroupSize/);
    expect(() => groupCaps(100, 30, 101)).toThrow(/individuals/);
    expect(() => groupCaps(null, 30, 5)).toThrow(/without capacity/);
  });
});

describe('the waitlist', () => {
  const full = { capacity: 40, confirmedCount: 30, groupSeatsCount: 25, seatsReservedForIndividuals: 10 };
  it('gives free seats in order to each entry that fits, a group as one block', () => {
    const waiting = [
      { id: 'class', seats: 12, group: true },
      { id: 'lou', seats: 1, group: false },
      { id: 'small', seats: 4, group: true },
      { id: 'sam', seats: 1, group: false },
    ];
    // 10 seats free, groups may take 5 more (40 - 10 kept - 25): the class waits, the others go.
    expect(promotable(full, waiting).map((w) => w.id)).toEqual(['lou', 'small', 'sam']);
    expect(promotable({ ...full, confirmedCount: 40 }, waiting)).toEqual([]);
    expect(promotable({ ...full, capacity: null }, waiting)).toHaveLength(4);
  });
});

describe('holds, tickets and check-in', () => {
  it('holds a public registration 48 hours; staff and partners need no confirmation', () => {
    expect(holdExpiry(at('2026-11-22T10:00:00Z')).toISOString()).toBe('2026-11-24T10:00:00.000Z');
    expect(needsEmailConfirmation({ role: 'public' })).toBe(true);
    expect(needsEmailConfirmation({ role: 'partner' })).toBe(false);
    expect(needsEmailConfirmation({ role: 'coordinator' })).toBe(false);
  });
  it('makes ticket codes of ten characters without look-alikes, read as typed', () => {
    const code = newTicketCode((n) => new Uint8Array(n).map((_, i) => i * 7));
    expect(code).toMatch(/^[A-HJ-NP-Z2-9]{10}$/);
    expect(normaliseTicketCode('abcd-efgh 23')).toBe('ABCDEFGH23');
  });
  it('checks a confirmed ticket in once', () => {
    const ev = { cancelledAt: null };
    expect(() => assertCanCheckIn({ status: 'CONFIRMED', checkedInAt: null }, ev)).not.toThrow();
    expect(() => assertCanCheckIn({ status: 'CONFIRMED', checkedInAt: at('2026-11-22T10:00:00Z') }, ev)).toThrow(
      /Already checked in/,
    );
    expect(() => assertCanCheckIn({ status: 'WAITLISTED', checkedInAt: null }, ev)).toThrow(/no seat/);
    expect(() => assertCanCheckIn({ status: 'CONFIRMED', checkedInAt: null }, { cancelledAt: new Date() })).toThrow(
      /cancelled/,
    );
  });
});
