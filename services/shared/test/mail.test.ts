import { describe, expect, it } from 'vitest';
import { createMailer } from '../src/mail/mailer.ts';

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
