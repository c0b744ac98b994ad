import { describe, expect, it } from 'vitest';
import { needsGuardianConsent as sharedNeeds } from '@dm/shared';
import {
  answerTransition,
  assertConsent,
  expiryCutoff,
  offerStatusTransition,
  remainingPlaces,
  reminderCutoff,
  takesRequests,
  validateOffer,
  validatePlacesChange,
  validateUnavailability,
} from '../src/rules/immersion.ts';

const needsGuardianConsent = (p: Parameters<typeof sharedNeeds>[0], today: string) =>
  sharedNeeds(p, today, 'input.requester');

const today = '2026-11-22';

describe('guardian consent', () => {
  it('is needed under 15 by birth date', () => {
    expect(needsGuardianConsent({ minor: true, birthDate: '2012-11-23' }, today)).toBe(true); // 13
    expect(needsGuardianConsent({ minor: true, birthDate: '2011-11-22' }, today)).toBe(false); // 15 today
    expect(needsGuardianConsent({ minor: false, birthDate: '2000-01-01' }, today)).toBe(false);
  });
  it('is needed for any declared minor whose age is unknown', () => {
    expect(needsGuardianConsent({ minor: true }, today)).toBe(true);
    expect(needsGuardianConsent({ minor: false }, today)).toBe(false);
  });
  it('refuses a minor flag that contradicts the birth date', () => {
    expect(() => needsGuardianConsent({ minor: false, birthDate: '2012-01-01' }, today)).toThrow(/minor/);
  });
  it('refuses a requester under 15 without guardianConsent: true', () => {
    expect(() => assertConsent({ minor: true, birthDate: '2013-05-05', guardianConsent: false }, today)).toThrow(
      /guardianConsent/,
    );
    expect(() => assertConsent({ minor: true, birthDate: '2013-05-05', guardianConsent: true }, today)).not.toThrow();
  });
});

describe('offers and answers', () => {
  it('validates places, duration and audiences', () => {
    expect(() => validateOffer({ places: 0, durationDays: 3, audiences: ['STUDENT'] })).toThrow(/places/);
    expect(() => validateOffer({ places: 3, durationDays: 31, audiences: ['STUDENT'] })).toThrow(/durationDays/);
    expect(() => validateOffer({ places: 3, durationDays: 3, audiences: [] })).toThrow(/audience/);
    expect(() => validateOffer({ places: 3, durationDays: 3, audiences: ['STUDENT'] })).not.toThrow();
  });
  it('answers a pending request once; declining gives the place back', () => {
    expect(answerTransition('PENDING', true)).toEqual({ status: 'ACCEPTED', releasesPlace: false });
    expect(answerTransition('PENDING', false)).toEqual({ status: 'DECLINED', releasesPlace: true });
    expect(() => answerTransition('ACCEPTED', false)).toThrow(/already answered/);
  });
  it('never counts negative places', () => {
    expect(remainingPlaces({ places: 3, placesTaken: 1 })).toBe(2);
    expect(remainingPlaces({ places: 1, placesTaken: 3 })).toBe(0);
  });
});

describe('unanswered requests', () => {
  const now = new Date('2026-11-22T10:00:00Z');
  it('are recalled after 7 days and expire after 30', () => {
    expect(reminderCutoff(now).toISOString()).toBe('2026-11-15T10:00:00.000Z');
    expect(expiryCutoff(now).toISOString()).toBe('2026-10-23T10:00:00.000Z');
  });
  it('can no longer be answered once expired', () => {
    expect(() => answerTransition('EXPIRED', true)).toThrow(/expired/);
  });
});

describe('offers taking requests', () => {
  const open = { status: 'OPEN', places: 3, placesTaken: 1, monthlyMaxRequests: 2 };
  const free = { unavailableFrom: null, unavailableUntil: null };
  it('are open, with places, their company not busy, under the monthly maximum', () => {
    expect(takesRequests(open, free, 1, today)).toBe(true);
    expect(takesRequests({ ...open, status: 'PAUSED' }, free, 0, today)).toBe(false);
    expect(takesRequests({ ...open, placesTaken: 3 }, free, 0, today)).toBe(false);
    expect(takesRequests(open, free, 2, today)).toBe(false);
    expect(takesRequests({ ...open, monthlyMaxRequests: null }, free, 99, today)).toBe(true);
    const busy = { unavailableFrom: today, unavailableUntil: '2026-11-30' };
    expect(takesRequests(open, busy, 0, today)).toBe(false);
    expect(takesRequests(open, busy, 0, '2026-12-01')).toBe(true);
  });
  it('take a busy period of two days in order, not over already', () => {
    expect(() => validateUnavailability(today, null, today)).toThrow(/both/);
    expect(() => validateUnavailability('2026-12-05', '2026-12-01', today)).toThrow(/on or after/);
    expect(() => validateUnavailability('2026-11-01', '2026-11-02', today)).toThrow(/over/);
    expect(() => validateUnavailability(null, null, today)).not.toThrow();
  });
  it('are paused when open, resumed when paused, and stay closed', () => {
    expect(offerStatusTransition('OPEN', 'PAUSED')).toBe('PAUSED');
    expect(offerStatusTransition('PAUSED', 'OPEN')).toBe('OPEN');
    expect(offerStatusTransition('PAUSED', 'CLOSED')).toBe('CLOSED');
    expect(() => offerStatusTransition('CLOSED', 'OPEN')).toThrow(/closed/);
    expect(() => offerStatusTransition('OPEN', 'OPEN')).toThrow();
  });
  it('keep at least the places their requests hold', () => {
    expect(() => validatePlacesChange(2, 3)).toThrow(/3 place/);
    expect(() => validatePlacesChange(3, 3)).not.toThrow();
  });
});
