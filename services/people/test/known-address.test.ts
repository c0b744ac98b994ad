import { describe, expect, it } from 'vitest';
import type { ContactRequestRow } from '../src/db/schema.ts';
import { contactRequestNotice } from '../src/mail/notices.ts';
import { contactRequestAttempt } from '../src/rules/contact.ts';

const now = new Date('2026-11-22T10:00:00Z');
const hoursAgo = (h: number) => new Date(now.getTime() - h * 3_600_000);

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
