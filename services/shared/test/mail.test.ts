import { describe, expect, it } from 'vitest';
import { createMailer } from '../src/mail/mailer.ts';
import { duplicateNoticeDue, frenchDate, frenchDateTime, knownAddress } from '../src/mail/notice.ts';
import { pageUrl, readMailEnv } from '../src/mail/settings.ts';

describe('the mailer without SMTP_URL', () => {
  it('logs that a message was not sent with its id, kind and record only: no address, subject or text', async () => {
    const lines: { obj: object; msg: string }[] = [];
    const mailer = createMailer({ from: 'noreply@example.org', log: { info: (obj, msg) => lines.push({ obj, msg }) } });
    const mail = {
      id: '0b6f3c1e-5d1a-4c55-9a57-2f1b1c0d9e01',
      kind: 'CONTACT_REQUEST',
      recordId: '7d3b1a2c-0e4f-4a6b-8c9d-1e2f3a4b5c6d',
      to: 'ines.lyceenne@example.org',
      subject: 'Demande de mise en relation de Inès Lycéenne',
      text: 'Inès Lycéenne souhaite échanger avec vous : Bonjour, je voudrais découvrir la vente.',
    };
    await mailer.send(mail);
    expect(lines).toEqual([
      { obj: { mail: { id: mail.id, kind: 'CONTACT_REQUEST', recordId: mail.recordId } }, msg: expect.any(String) },
    ]);
    const logged = JSON.stringify(lines);
    for (const secret of ['ines.lyceenne', 'Inès', 'Lycéenne', 'découvrir', 'Demande de mise en relation'])
      expect(logged).not.toContain(secret);
    mailer.close();
  });
});

describe('notices to the owner of a known address', () => {
  const now = new Date('2026-11-22T10:00:00Z');
  const hoursBefore = (h: number) => new Date(now.getTime() - h * 3_600_000);

  it('are due the first time, then at most once in 24 hours per record', () => {
    expect(duplicateNoticeDue(null, now)).toBe(true);
    expect(duplicateNoticeDue(hoursBefore(0), now)).toBe(false);
    expect(duplicateNoticeDue(hoursBefore(23.99), now)).toBe(false);
    expect(duplicateNoticeDue(hoursBefore(24), now)).toBe(true);
    expect(duplicateNoticeDue(hoursBefore(72), now)).toBe(true);
  });
  it('are part of the KNOWN case, which records nothing', () => {
    expect(knownAddress({ duplicateNoticeAt: null }, now)).toEqual({ kind: 'KNOWN', notify: true });
    expect(knownAddress({ duplicateNoticeAt: hoursBefore(1) }, now)).toEqual({ kind: 'KNOWN', notify: false });
  });
  it('write dates in French, in Normandy’s time', () => {
    expect(frenchDateTime(new Date('2026-07-01T12:30:00Z'))).toBe('mercredi 1 juillet 2026 à 14:30');
    expect(frenchDate(new Date('2026-12-31T23:30:00Z'))).toBe('vendredi 1 janvier 2027');
    expect(frenchDate('2026-03-29')).toBe('dimanche 29 mars 2026');
  });
});

describe('mail settings', () => {
  it('take front-end pages as URL templates', () => {
    const env = readMailEnv({ EVENT_URL: 'https://exemple.fr/agenda/{id}' });
    expect(pageUrl(env.EVENT_URL, 'abc')).toBe('https://exemple.fr/agenda/abc');
    expect(pageUrl(env.PARENTS_CAFE_URL, 'abc')).toBe('http://localhost:4000/cafes-des-parents/abc');
    expect(() => readMailEnv({ IMMERSION_OFFER_URL: 'https://exemple.fr/immersions' })).toThrow(/IMMERSION_OFFER_URL/);
    expect(() => readMailEnv({ SMTP_URL: 'http://mail' })).toThrow(/SMTP_URL/);
  });
});
