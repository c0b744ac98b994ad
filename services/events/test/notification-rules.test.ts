import { describe, expect, it } from 'vitest';
import { logisticsChange, reminderWindow } from '../src/rules/notifications.ts';

const forum = {
  datePrecision: 'TIME',
  startsOn: '2026-03-12',
  endsOn: '2026-03-12',
  startsAt: new Date('2026-03-12T13:00:00Z'),
  endsAt: new Date('2026-03-12T17:00:00Z'),
  online: false,
  venueName: 'Halle',
  communeCode: '14118',
  url: null,
};

describe('what registrants are told', () => {
  it('a change of time, of day or of place; nothing else', () => {
    expect(logisticsChange(forum, { ...forum })).toBeNull();
    expect(logisticsChange(forum, { ...forum, startsAt: new Date('2026-03-12T14:00:00Z') })).toEqual({
      when: true,
      where: false,
    });
    expect(logisticsChange(forum, { ...forum, startsOn: '2026-03-13', endsOn: '2026-03-13' })).toEqual({
      when: true,
      where: false,
    });
    expect(logisticsChange(forum, { ...forum, venueName: 'Salle' })).toEqual({ when: false, where: true });
    expect(
      logisticsChange(forum, { ...forum, communeCode: '76540', startsAt: new Date('2026-03-12T12:00:00Z') }),
    ).toEqual({ when: true, where: true });
    const online = { ...forum, online: true, venueName: null, communeCode: null, url: 'https://a.example/live' };
    expect(logisticsChange(online, { ...online, url: 'https://b.example/live' })).toEqual({
      when: false,
      where: true,
    });
  });

  it('reminds on the Paris day before, those confirmed before that day', () => {
    // 23:30 UTC on 11 March is already 12 March in Paris.
    expect(reminderWindow(new Date('2026-03-11T23:30:00Z'))).toEqual({
      eventDay: '2026-03-13',
      confirmedBefore: new Date('2026-03-11T23:00:00Z'),
    });
    // Summer time: Paris is UTC+2.
    expect(reminderWindow(new Date('2026-07-01T10:00:00Z'))).toEqual({
      eventDay: '2026-07-02',
      confirmedBefore: new Date('2026-06-30T22:00:00Z'),
    });
  });
});
