import type { Identity } from '@dm/shared';
import { describe, expect, it } from 'vitest';
import { canManageEvent } from '../src/rules/access.ts';
import {
  assertCanRegister,
  capacityChange,
  hashToken,
  newCancellationToken,
  registrationOpen,
  remainingSeats,
  seatFor,
  tokenMatches,
} from '../src/rules/registration.ts';
import {
  daySchedule,
  eventStatus,
  parisMidnight,
  timedSchedule,
  validateSession,
  validateWhere,
} from '../src/rules/schedule.ts';

const at = (iso: string) => new Date(iso);

describe('schedules', () => {
  it('finds midnight in Paris in winter and in summer', () => {
    expect(parisMidnight('2026-01-15').toISOString()).toBe('2026-01-14T23:00:00.000Z');
    expect(parisMidnight('2026-07-15').toISOString()).toBe('2026-07-14T22:00:00.000Z');
    expect(parisMidnight('2026-03-29').toISOString()).toBe('2026-03-28T23:00:00.000Z'); // the day summer time starts
  });
  it('takes the Paris days of a timed event and refuses an end before the start', () => {
    const s = timedSchedule(at('2026-06-30T22:30:00Z'), at('2026-07-01T08:00:00Z'));
    expect([s.startsOn, s.endsOn, s.datePrecision]).toEqual(['2026-07-01', '2026-07-01', 'TIME']);
    expect(() => timedSchedule(at('2026-07-01T10:00:00Z'), at('2026-07-01T09:00:00Z'))).toThrow(/after/);
  });
  it('invents no time for an event known by its days', () => {
    const s = daySchedule('2020-02-06', '2020-02-08', 'DAY');
    expect([s.startsAt, s.endsAt]).toEqual([null, null]);
    expect(s.sortAt.toISOString()).toBe('2020-02-05T23:00:00.000Z');
    expect(s.endSortAt.toISOString()).toBe('2020-02-08T22:59:59.999Z');
  });
  it('is COMPLETED once ended and CANCELLED once cancelled', () => {
    const ev = { cancelledAt: null, endSortAt: at('2026-01-01T12:00:00Z') };
    expect(eventStatus(ev, at('2026-01-01T11:59:00Z'))).toBe('SCHEDULED');
    expect(eventStatus(ev, at('2026-01-01T12:01:00Z'))).toBe('COMPLETED');
    expect(eventStatus({ ...ev, cancelledAt: at('2025-12-01T00:00:00Z') }, at('2025-12-02T00:00:00Z'))).toBe(
      'CANCELLED',
    );
  });
  it('keeps sessions within their series, one level deep', () => {
    const series = { parentId: null, startsOn: '2019-09-30', endsOn: '2019-10-04' };
    expect(() => validateSession(series, daySchedule('2019-10-01', '2019-10-01', 'DAY'))).not.toThrow();
    expect(() => validateSession(series, daySchedule('2019-10-05', '2019-10-05', 'DAY'))).toThrow(/within its series/);
    expect(() => validateSession({ ...series, parentId: 'x' }, daySchedule('2019-10-01', '2019-10-01', 'DAY'))).toThrow(
      /sessions of its own/,
    );
  });
  it('gives online events a URL and no venue, others a commune', () => {
    expect(() => validateWhere({ online: true, url: null, communeCode: null, venueName: null })).toThrow(/url/);
    expect(() => validateWhere({ online: true, url: 'https://x.org', communeCode: '14118', venueName: null })).toThrow(
      /no venue/,
    );
    expect(() => validateWhere({ online: false, url: null, communeCode: null, venueName: 'Salle' })).toThrow(/commune/);
  });
});

describe('registrations', () => {
  const event = {
    cancelledAt: null,
    sortAt: at('2026-05-10T08:00:00Z'),
    endSortAt: at('2026-05-10T12:00:00Z'),
    registrationOpensAt: at('2026-04-01T00:00:00Z'),
    registrationClosesAt: null,
  };
  it('is open from the opening until the start by default', () => {
    expect(registrationOpen(event, at('2026-03-31T00:00:00Z'))).toBe(false);
    expect(registrationOpen(event, at('2026-05-01T00:00:00Z'))).toBe(true);
    expect(registrationOpen(event, at('2026-05-10T08:00:00Z'))).toBe(false);
    expect(() => assertCanRegister(event, at('2026-05-10T09:00:00Z'))).toThrow(/closed/);
    expect(() => assertCanRegister(event, at('2026-05-11T09:00:00Z'))).toThrow(/over/);
    expect(() =>
      assertCanRegister({ ...event, cancelledAt: at('2026-04-02T00:00:00Z') }, at('2026-05-01T00:00:00Z')),
    ).toThrow(/cancelled/);
  });
  it('confirms while seats remain, then waitlists; unlimited events never waitlist', () => {
    expect(seatFor({ capacity: 2, confirmedCount: 1 })).toBe('CONFIRMED');
    expect(seatFor({ capacity: 2, confirmedCount: 2 })).toBe('WAITLISTED');
    expect(seatFor({ capacity: null, confirmedCount: 5000 })).toBe('CONFIRMED');
    expect(remainingSeats({ capacity: 2, confirmedCount: 2 })).toBe(0);
    expect(remainingSeats({ capacity: null, confirmedCount: 2 })).toBeNull();
  });
  it('never lowers capacity below confirmed seats; added seats go to the waitlist', () => {
    expect(() => capacityChange(3, 4, 0)).toThrow(/below/);
    expect(() => capacityChange(0, 0, 0)).toThrow(/capacity/);
    expect(capacityChange(6, 4, 5)).toBe(2);
    expect(capacityChange(null, 4, 5)).toBe(5);
  });
  it('checks cancellation tokens against their hash only', () => {
    const { token, hash } = newCancellationToken();
    expect(hash).toBe(hashToken(token));
    expect(tokenMatches(token, hash)).toBe(true);
    expect(tokenMatches(`${token}x`, hash)).toBe(false);
  });
});

describe('who manages an event', () => {
  const who = (role: Identity['role'], departments: string[] = []): Identity => ({ role, departments, scopes: [] });
  it('admins everywhere, coordinators and referents in their departments, others nowhere', () => {
    expect(canManageEvent(who('admin'), { departmentCode: '61' })).toBe(true);
    expect(canManageEvent(who('coordinator', ['61']), { departmentCode: '61' })).toBe(true);
    expect(canManageEvent(who('coordinator', ['14']), { departmentCode: '61' })).toBe(false);
    expect(canManageEvent(who('referent', ['14']), { departmentCode: null })).toBe(true);
    expect(canManageEvent(who('company'), { departmentCode: null })).toBe(false);
    expect(canManageEvent(who('public'), { departmentCode: '14' })).toBe(false);
  });
});
