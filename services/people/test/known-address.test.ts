import { describe, expect, it } from 'vitest';
import type { CafeRegistrationRow, ContactRequestRow, ParentsCafeRow } from '../src/db/schema.ts';
import { cafeRegistrationNotice, contactRequestNotice } from '../src/mail/notices.ts';
import { cafeRegistrationAttempt } from '../src/rules/cafes.ts';
import { contactRequestAttempt } from '../src/rules/contact.ts';

const now = new Date('2026-11-22T10:00:00Z');
const hoursAgo = (h: number) => new Date(now.getTime() - h * 3_600_000);

describe("registering an address for a parents' café", () => {
  it('creates a first registration, and opens a cancelled one again', () => {
    expect(cafeRegistrationAttempt(undefined, now)).toEqual({ kind: 'NEW' });
    expect(cafeRegistrationAttempt({ status: 'CANCELLED', duplicateNoticeAt: null }, now)).toEqual({ kind: 'AGAIN' });
  });
  it('records nothing for an address already registered, and tells the parent at most once a day', () => {
    expect(cafeRegistrationAttempt({ status: 'REGISTERED', duplicateNoticeAt: null }, now)).toEqual({
      kind: 'KNOWN',
      notify: true,
    });
    expect(cafeRegistrationAttempt({ status: 'REGISTERED', duplicateNoticeAt: hoursAgo(12) }, now)).toEqual({
      kind: 'KNOWN',
      notify: false,
    });
  });
});

describe('a contact request from an address', () => {
  it('is sent when no request of that address to that addressee is pending', () => {
    expect(contactRequestAttempt(undefined, now)).toEqual({ kind: 'NEW' });
  });
  it('is not sent again while one is pending; the requester is told at most once a day', () => {
    expect(contactRequestAttempt({ duplicateNoticeAt: null }, now)).toEqual({ kind: 'KNOWN', notify: true });
    expect(contactRequestAttempt({ duplicateNoticeAt: hoursAgo(23) }, now)).toEqual({ kind: 'KNOWN', notify: false });
    expect(contactRequestAttempt({ duplicateNoticeAt: hoursAgo(24) }, now)).toEqual({ kind: 'KNOWN', notify: true });
  });
});

const cafe = {
  id: '55555555-5555-4555-8555-555555555555',
  title: 'Orientation après la 3e',
  startsAt: new Date('2026-12-01T17:30:00Z'),
  endsAt: new Date('2026-12-01T19:30:00Z'),
  venueName: 'Médiathèque',
  communeCode: '27229',
  facilitatorName: 'Conseillère d’orientation',
  capacity: 20,
  registeredCount: 15,
  cancelledAt: null,
} as ParentsCafeRow;
const parent = {
  id: '66666666-6666-4666-8666-666666666666',
  cafeId: cafe.id,
  status: 'REGISTERED',
  firstName: 'Léa',
  lastName: 'Durand',
  email: 'lea.durand@example.org',
  createdAt: new Date('2026-11-10T08:00:00Z'),
} as CafeRegistrationRow;

describe('the notice of an existing café registration', () => {
  const notice = cafeRegistrationNotice(parent, cafe, now, (id) => `https://dm.example/cafes/${id}`);
  it('goes to the registration’s own address, and says in French what the parent is registered to', () => {
    expect(notice).toMatchObject({
      kind: 'CAFE_REGISTRATION_NOTICE',
      toAddress: 'lea.durand@example.org',
      recordId: parent.id,
    });
    expect(notice.subject).toBe('Votre inscription au café des parents « Orientation après la 3e »');
    expect(notice.body).toContain('Bonjour Léa,');
    expect(notice.body).toContain('depuis le mardi 10 novembre 2026');
    expect(notice.body).toContain('Date : mardi 1 décembre 2026 à 18:30');
    expect(notice.body).toContain('Lieu : Médiathèque, Évreux');
    expect(notice.body).toContain('Le café est confirmé');
    expect(notice.body).toContain(`https://dm.example/cafes/${cafe.id}`);
    expect(notice.body).not.toMatch(/REGISTERED|CONFIRMED|OPEN|FULL/);
    expect(notice.body).not.toContain('@');
  });
});

const request = {
  id: '77777777-7777-4777-8777-777777777777',
  ambassadorId: '88888888-8888-4888-8888-888888888888',
  status: 'PENDING',
  requesterName: 'Inès Lycéenne',
  requesterEmail: 'ines@example.org',
  requesterRole: 'LYCEE_PUPIL',
  message: 'Bonjour, je voudrais découvrir la vente.',
  createdAt: new Date('2026-11-18T08:00:00Z'),
} as ContactRequestRow;

describe('the notice of a pending contact request', () => {
  it('tells the requester in French, to whom it went and what they wrote, without any address', () => {
    const notice = contactRequestNotice(request, { displayName: 'Marc Q.', jobTitle: 'Vendeur conseil' });
    expect(notice).toMatchObject({
      kind: 'CONTACT_REQUEST_NOTICE',
      toAddress: 'ines@example.org',
      recordId: request.id,
    });
    expect(notice.body).toContain('Bonjour Inès Lycéenne,');
    expect(notice.body).toContain('avec Marc Q. (Vendeur conseil), envoyée le mercredi 18 novembre 2026');
    expect(notice.body).toContain('attend toujours sa réponse');
    expect(notice.body).toContain(request.message);
    expect(notice.body).not.toMatch(/PENDING|LYCEE_PUPIL/);
    expect(notice.body).not.toContain('@');
    expect(contactRequestNotice(request, null).body).toContain('avec l’entreprise que vous avez sollicitée');
  });
});
