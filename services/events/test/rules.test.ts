import type { Identity } from '@dm/shared';
import { describe, expect, it } from 'vitest';
import { canManageEvent, canRecordAttendance, eventDepartment, staffManagesEvent } from '../src/rules/access.ts';
import { mayReadAttendees } from '../src/rules/visibility.ts';
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
  validateAudiences,
  validateSeriesSpan,
  validateSession,
  validateWhere,
  validateRecurrence,
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
    expect(() => validateWhere({ online: false, url: 'https://x.org', communeCode: '14118', venueName: null })).toThrow(
      /no url/,
    );
    expect(() => validateWhere({ online: false, url: null, communeCode: '14118', venueName: 'Salle' })).not.toThrow();
  });
  it('keeps a series around its sessions when its days change', () => {
    const sessions = [
      { startsOn: '2019-10-01', endsOn: '2019-10-01' },
      { startsOn: '2019-10-03', endsOn: '2019-10-04' },
    ];
    expect(() => validateSeriesSpan(daySchedule('2019-09-30', '2019-10-04', 'PERIOD'), sessions)).not.toThrow();
    expect(() => validateSeriesSpan(daySchedule('2019-10-02', '2019-10-04', 'PERIOD'), sessions)).toThrow(
      /2019-10-01 to 2019-10-04/,
    );
    expect(() => validateSeriesSpan(daySchedule('2019-09-30', '2019-10-03', 'PERIOD'), sessions)).toThrow(/within/);
    expect(() => validateSeriesSpan(daySchedule('2020-01-01', '2020-01-01', 'DAY'), [])).not.toThrow();
  });
  it('is for at least one audience, each once', () => {
    expect(() => validateAudiences([])).toThrow(/at least one audience/);
    expect(validateAudiences(['PARENT', 'PARENT', 'TEACHER'])).toEqual(['PARENT', 'TEACHER']);
  });
});

describe('recurring events', () => {
  it('numbers a yearly event from 1 and gives a one-off no edition', () => {
    expect(validateRecurrence('YEARLY', 1)).toEqual({ recurrence: 'YEARLY', edition: 1 });
    expect(validateRecurrence(null, null)).toEqual({ recurrence: null, edition: null });
    for (const [recurrence, edition] of [
      ['YEARLY', 0],
      ['YEARLY', null],
      ['YEARLY', 1.5],
      [null, 3],
    ] as const) {
      expect(() => validateRecurrence(recurrence, edition)).toThrow(
        expect.objectContaining({ extensions: expect.objectContaining({ field: 'input.edition' }) }),
      );
    }
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
    expect(canManageEvent(who('referent', ['14', '61']), { departmentCode: '61' })).toBe(true);
    expect(canManageEvent(who('company'), { departmentCode: '14' })).toBe(false);
    expect(canManageEvent(who('public'), { departmentCode: '14' })).toBe(false);
  });
  it('leaves region-wide events (no department) to admins, whatever the department of the staff', () => {
    expect(staffManagesEvent(who('admin'), { departmentCode: null })).toBe(true);
    for (const role of ['coordinator', 'referent'] as const) {
      expect(staffManagesEvent(who(role, ['14']), { departmentCode: null })).toBe(false);
      expect(staffManagesEvent(who(role, []), { departmentCode: null })).toBe(false);
    }
    expect(canManageEvent(who('company'), { departmentCode: null })).toBe(false);
  });
  it('leaves attendance to the staff who manage the event, never to a partner, even the one that created it', () => {
    const partner: Identity = { role: 'partner', departments: [], scopes: ['WRITE_EVENTS'], apiKeyId: 'k1' };
    const created = { departmentCode: null, createdBy: 'apikey:k1' };
    expect(canManageEvent(partner, created)).toBe(true);
    expect(canRecordAttendance(partner, created)).toBe(false);
    expect(canRecordAttendance(who('admin'), created)).toBe(true);
    expect(canRecordAttendance(who('coordinator', ['14']), { departmentCode: '14' })).toBe(true);
    expect(canRecordAttendance(who('coordinator', ['14']), { departmentCode: '50' })).toBe(false);
  });
  it('shows attendees to the staff who manage the event, never to a partner, even the one that created it', () => {
    expect(mayReadAttendees(who('coordinator', ['14']), { departmentCode: '14' })).toBe(true);
    expect(mayReadAttendees(who('coordinator', ['14']), { departmentCode: '50' })).toBe(false);
    expect(mayReadAttendees(who('coordinator', ['14']), { departmentCode: null })).toBe(false);
    expect(mayReadAttendees(who('admin'), { departmentCode: null })).toBe(true);
    const partner: Identity = { role: 'partner', departments: [], scopes: ['WRITE_EVENTS'], apiKeyId: 'k1' };
    const theirs = { departmentCode: null, createdBy: 'apikey:k1' };
    expect(canManageEvent(partner, theirs)).toBe(true);
    expect(canManageEvent(partner, { ...theirs, createdBy: 'apikey:k2' })).toBe(false);
    expect(canManageEvent({ ...partner, scopes: ['READ_PUBLIC'] }, theirs)).toBe(false);
    expect(mayReadAttendees(partner, theirs)).toBe(false);
  });
});

describe('the department of an event', () => {
  const who = (role: Identity['role'], departments: string[] = []): Identity => ({ role, departments, scopes: [] });
  const onSite = (communeDepartmentCode: string | null) => ({ online: false, communeDepartmentCode });
  const online = { online: true, communeDepartmentCode: null };
  it("is the commune's on site, and a department named must be that one", () => {
    expect(eventDepartment(who('coordinator', ['14']), onSite('14'), undefined)).toBe('14');
    expect(eventDepartment(who('admin'), onSite('76'), '76')).toBe('76');
    expect(eventDepartment(who('admin'), onSite('76'), null)).toBe('76');
    expect(() => eventDepartment(who('admin'), onSite('76'), '14')).toThrow(/commune \(76\)/);
  });
  it('is the one named for an online event (whether the caller may manage it there is asked apart)', () => {
    expect(eventDepartment(who('coordinator', ['14', '50']), online, '50')).toBe('50');
    expect(eventDepartment(who('coordinator', ['14']), online, '50')).toBe('50');
    expect(eventDepartment(who('admin'), online, '61')).toBe('61');
  });
  it("defaults to a coordinator's or referent's only department, and needs a name when they have several", () => {
    expect(eventDepartment(who('coordinator', ['14']), online, undefined)).toBe('14');
    expect(eventDepartment(who('referent', ['27']), online, null)).toBe('27');
    try {
      eventDepartment(who('coordinator', ['14', '50']), online, undefined);
      expect.unreachable();
    } catch (error) {
      expect((error as { extensions: unknown }).extensions).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'input.department',
      });
    }
  });
  it('is none (region-wide) when an admin, a partner or staff without a department names none', () => {
    expect(eventDepartment(who('admin'), online, undefined)).toBeNull();
    expect(eventDepartment(who('partner'), online, null)).toBeNull();
    const referentWithout = who('referent', []);
    const department = eventDepartment(referentWithout, online, undefined);
    expect(department).toBeNull();
    expect(canManageEvent(referentWithout, { departmentCode: department })).toBe(false);
  });
});
