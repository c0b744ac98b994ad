import { describe, expect, it } from 'vitest';
import type { EventRow, RegistrationRow } from '../src/db/schema.ts';
import { eventWhen, registrationNotice } from '../src/mail/notices.ts';
import { newcomerPlace, registrationAttempt } from '../src/rules/registration.ts';

const now = new Date('2026-11-22T10:00:00Z');
const hoursAgo = (h: number) => new Date(now.getTime() - h * 3_600_000);

describe('registering an address for an event', () => {
  it('creates a first registration, and opens a cancelled one again', () => {
    expect(registrationAttempt(undefined, now)).toEqual({ kind: 'NEW' });
    expect(registrationAttempt({ status: 'CANCELLED', duplicateNoticeAt: null }, now)).toEqual({ kind: 'AGAIN' });
  });
  it('records nothing for an address already registered, and tells its owner at most once a day', () => {
    for (const status of ['CONFIRMED', 'WAITLISTED']) {
      expect(registrationAttempt({ status, duplicateNoticeAt: null }, now)).toEqual({ kind: 'KNOWN', notify: true });
      expect(registrationAttempt({ status, duplicateNoticeAt: hoursAgo(2) }, now)).toEqual({
        kind: 'KNOWN',
        notify: false,
      });
      expect(registrationAttempt({ status, duplicateNoticeAt: hoursAgo(25) }, now)).toEqual({
        kind: 'KNOWN',
        notify: true,
      });
    }
  });
  it('answers what a new registration would get now: a seat, or the next waitlist place', () => {
    expect(newcomerPlace({ capacity: null, confirmedCount: 500, waitlistCount: 0 })).toEqual({
      status: 'CONFIRMED',
      position: null,
    });
    expect(newcomerPlace({ capacity: 10, confirmedCount: 9, waitlistCount: 0 })).toEqual({
      status: 'CONFIRMED',
      position: null,
    });
    expect(newcomerPlace({ capacity: 10, confirmedCount: 10, waitlistCount: 4 })).toEqual({
      status: 'WAITLISTED',
      position: 5,
    });
  });
});

const forum = {
  id: '11111111-1111-4111-8111-111111111111',
  kind: 'FORUM',
  title: 'Forum des métiers de Caen',
  datePrecision: 'TIME',
  startsAt: new Date('2026-12-03T08:00:00Z'),
  endsAt: new Date('2026-12-03T12:00:00Z'),
  startsOn: '2026-12-03',
  endsOn: '2026-12-03',
  online: false,
  venueName: 'Parc des expositions',
  communeCode: '14118',
} as EventRow;
const registration = {
  id: '22222222-2222-4222-8222-222222222222',
  eventId: forum.id,
  status: 'WAITLISTED',
  waitlistSeq: 7,
  firstName: 'Lou',
  lastName: 'Martin',
  email: 'lou.martin@example.org',
  category: 'LYCEE_PUPIL',
  createdAt: new Date('2026-11-20T09:00:00Z'),
} as RegistrationRow;

describe('the notice of an existing registration', () => {
  const links = {
    eventUrl: (id: string) => `https://agenda.example/evenements/${id}`,
    cafeUrl: (id: string) => `https://agenda.example/cafes/${id}`,
    registrationUrl: (id: string, action: string, token: string) =>
      `https://agenda.example/inscriptions/${id}?${action}=${token}`,
  };
  const notice = registrationNotice(
    registration,
    forum,
    3,
    { cancel: 'jeton-annuler', confirm: 'jeton-confirmer' },
    links,
  );

  it('goes to the registration’s own address, and names the registration', () => {
    expect(notice).toMatchObject({ kind: 'REGISTRATION_NOTICE', toAddress: 'lou.martin@example.org' });
    expect(notice.recordId).toBe(registration.id);
  });
  it('says in French what they are registered to, its status and waitlist place, with a link', () => {
    expect(notice.subject).toBe('Votre inscription : Forum des métiers de Caen');
    expect(notice.body).toContain('Bonjour Lou,');
    expect(notice.body).toContain('« Forum des métiers de Caen », depuis le vendredi 20 novembre 2026');
    expect(notice.body).toContain('jeudi 3 décembre 2026, de 09:00 à 13:00');
    expect(notice.body).toContain('Parc des expositions, Caen');
    expect(notice.body).toContain('sur liste d’attente, en position 3');
    expect(notice.body).toContain(`https://agenda.example/evenements/${forum.id}`);
    expect(notice.body).toContain('24 heures');
  });
  it('carries what the owner needs to act on it: a cancellation link, and a confirmation link while unconfirmed', () => {
    expect(notice.body).toContain(`https://agenda.example/inscriptions/${registration.id}?annuler=jeton-annuler`);
    expect(notice.body).toContain(`https://agenda.example/inscriptions/${registration.id}?confirmer=jeton-confirmer`);
    const confirmed = registrationNotice(registration, forum, 3, { cancel: 'c', confirm: null }, links);
    expect(confirmed.body).not.toContain('confirmer=');
  });
  it('writes no enum value raw and no address', () => {
    expect(notice.body).not.toMatch(/WAITLISTED|CONFIRMED|FORUM|LYCEE_PUPIL|TIME/);
    expect(notice.body).not.toContain('@');
    const confirmed = registrationNotice(
      { ...registration, status: 'CONFIRMED' },
      forum,
      null,
      { cancel: 'c', confirm: null },
      links,
    );
    expect(confirmed.body).toContain('confirmée : une place vous est réservée');
    expect(confirmed.body).not.toMatch(/CONFIRMED|en position/);
  });
  it('invents no time for an event known by its days or its period', () => {
    expect(eventWhen({ ...forum, datePrecision: 'DAY', startsAt: null, endsAt: null })).toBe('jeudi 3 décembre 2026');
    expect(eventWhen({ ...forum, datePrecision: 'PERIOD', startsAt: null, endsAt: null, endsOn: '2026-12-31' })).toBe(
      'entre le jeudi 3 décembre 2026 et le jeudi 31 décembre 2026 (la date exacte reste à préciser)',
    );
  });
});
