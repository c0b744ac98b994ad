import { describe, expect, it } from 'vitest';
import type { ImmersionOfferRow, ImmersionRequestRow } from '../src/db/schema.ts';
import { immersionRequestNotice } from '../src/mail/notices.ts';
import { immersionRequestAttempt } from '../src/rules/immersion.ts';

const now = new Date('2026-11-22T10:00:00Z');
const hoursAgo = (h: number) => new Date(now.getTime() - h * 3_600_000);
const placesLeft = { places: 3, placesTaken: 1 };

describe('an immersion request from an address', () => {
  it('is recorded the first time', () => {
    expect(immersionRequestAttempt(undefined, placesLeft, now)).toEqual({ kind: 'NEW' });
  });
  it('records nothing when the address already asked (the first request wins), and tells it at most once a day', () => {
    expect(immersionRequestAttempt({ duplicateNoticeAt: null }, placesLeft, now)).toEqual({
      kind: 'KNOWN',
      notify: true,
    });
    expect(immersionRequestAttempt({ duplicateNoticeAt: hoursAgo(3) }, placesLeft, now)).toEqual({
      kind: 'KNOWN',
      notify: false,
    });
    expect(immersionRequestAttempt({ duplicateNoticeAt: hoursAgo(24) }, placesLeft, now)).toEqual({
      kind: 'KNOWN',
      notify: true,
    });
  });
  it('is refused when no place is left, whether the address already asked or not', () => {
    expect(() => immersionRequestAttempt({ duplicateNoticeAt: null }, { places: 2, placesTaken: 2 }, now)).toThrow(
      /no place left/,
    );
  });
});

const offer = {
  id: '33333333-3333-4333-8333-333333333333',
  title: 'Découvrir la boulangerie',
  durationDays: 3,
  communeCode: '61001',
  audiences: ['COLLEGE_PUPIL'],
} as ImmersionOfferRow;
const request = {
  id: '44444444-4444-4444-8444-444444444444',
  offerId: offer.id,
  status: 'ACCEPTED',
  firstName: 'Camille',
  lastName: 'Martin',
  email: 'camille.martin@example.org',
  phone: '0611223344',
  category: 'COLLEGE_PUPIL',
  createdAt: new Date('2026-11-02T09:00:00Z'),
  answeredAt: new Date('2026-11-05T09:00:00Z'),
} as ImmersionRequestRow;

describe('the notice of an existing immersion request', () => {
  const notice = immersionRequestNotice(request, offer, 'Boulangerie Quellier', (id) => `https://dm.example/o/${id}`);

  it('goes to the request’s own address and names the request', () => {
    expect(notice).toMatchObject({
      kind: 'IMMERSION_REQUEST_NOTICE',
      toAddress: 'camille.martin@example.org',
      recordId: request.id,
    });
  });
  it('says in French what was asked, from which company, and where it stands, with a link', () => {
    expect(notice.subject).toBe('Votre demande d’immersion : Découvrir la boulangerie');
    expect(notice.body).toContain('Bonjour Camille,');
    expect(notice.body).toContain(
      'l’immersion « Découvrir la boulangerie » chez Boulangerie Quellier, le lundi 2 novembre 2026',
    );
    expect(notice.body).toContain('Durée : 3 jours');
    expect(notice.body).toContain('Lieu : Alençon');
    expect(notice.body).toContain('acceptée par l’entreprise le jeudi 5 novembre 2026');
    expect(notice.body).toContain(`https://dm.example/o/${offer.id}`);
  });
  it('writes no enum value raw, no address and no phone', () => {
    for (const status of ['PENDING', 'ACCEPTED', 'DECLINED'] as const) {
      const body = immersionRequestNotice({ ...request, status }, offer, 'X', (id) => id).body;
      expect(body).not.toMatch(/PENDING|ACCEPTED|DECLINED|COLLEGE_PUPIL/);
      expect(body).not.toContain('@');
      expect(body).not.toContain(request.phone!);
    }
    expect(
      immersionRequestNotice({ ...request, status: 'PENDING', answeredAt: null }, offer, 'X', (id) => id).body,
    ).toContain('en attente de la réponse de l’entreprise');
  });
});
