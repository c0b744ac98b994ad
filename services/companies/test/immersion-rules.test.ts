import { describe, expect, it } from 'vitest';
import { needsGuardianConsent as sharedNeeds } from '@dm/shared';
import { answerTransition, assertConsent, remainingPlaces, validateOffer } from '../src/rules/immersion.ts';

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
