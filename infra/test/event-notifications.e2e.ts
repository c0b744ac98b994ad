import { readMailEnv } from '@dm/shared/mail';
import { signBearerToken } from '@dm/shared';
import { graphqlClient } from '@dm/testing';
import { readQrCode, type ReceivedMail, startTestSmtp } from '@dm/testing/smtp';
import { ownDatabase } from '@dm/testing/database';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Stack, startLocalStack } from '../src/stack.ts';

// What registrants are told by e-mail: their ticket (QR code) and the event (calendar entry) with the
// cancellation link, the reminder of the day before (once, whatever the number of senders), the changes of
// date or place, the cancellation, the seat freed from the waitlist, the café that takes place. This file
// starts its own stack (on PGlite, or on a scratch PostgreSQL database) whose mail goes to an SMTP server
// started here, and runs the events subgraph's scheduled round at a chosen instant (its clock).
describe('mails to registrants', () => {
  const secret = 'event-notifications-test-secret-notifications';
  const site = 'https://destination-metier.example';
  const HOUR = 3_600_000;
  let smtp: Awaited<ReturnType<typeof startTestSmtp>>;
  let stack: Stack;
  let gql: ReturnType<typeof graphqlClient>;
  let admin: string;
  let dropDatabase: (() => Promise<void>) | undefined;
  const tag = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const address = (who: string) => `${who}-${tag}@example.org`;

  beforeAll(async () => {
    const database = await ownDatabase('notify');
    dropDatabase = database.drop;
    const databaseUrl = database.url;
    smtp = await startTestSmtp();
    stack = await startLocalStack({
      seed: 'none',
      databaseUrl,
      env: { AUTH_JWT_SECRET: secret, SUBGRAPH_TIMEOUT_MS: '30000' },
      mailEnv: readMailEnv({
        SMTP_URL: smtp.url,
        MAIL_INTERVAL_MS: '3600000',
        EVENT_URL: `${site}/evenements/{id}`,
        PARENTS_CAFE_URL: `${site}/cafes/{id}`,
        REGISTRATION_URL: `${site}/inscriptions/{id}`,
      }),
    });
    gql = graphqlClient(stack.gatewayUrl);
    admin = await signBearerToken({ role: 'admin', subject: 'admin:notify' }, secret);
  });
  afterAll(async () => {
    await stack?.stop();
    await smtp?.close();
    await dropDatabase?.();
  });

  const ok = <T>(r: { data?: T | null; errors?: unknown[] }) => {
    expect(r.errors).toBeUndefined();
    return r.data as T;
  };
  /** The events subgraph's scheduled round (holds released, reminders queued, then mail sent) at `at`. */
  const round = (at = new Date()) => stack.mail.events.runOnce(at);
  const mailsTo = (email: string, subject: string) => smtp.to(email).filter((m) => m.subject.startsWith(subject));
  const link = (text: string, action: 'confirmer' | 'annuler') => {
    const m = new RegExp(`${site}/inscriptions/([0-9a-f-]+)\\?${action}=(\\S+)`).exec(text);
    expect(m).not.toBeNull();
    return { id: m![1]!, token: decodeURIComponent(m![2]!) };
  };
  const attachment = (mail: ReceivedMail, suffix: string) => mail.attachments.find((a) => a.filename.endsWith(suffix));
  /** Nothing of the graph's vocabulary, nobody else's address. */
  const plainFrench = (mail: ReceivedMail, to: string) => {
    expect(`${mail.subject}\n${mail.text}`).not.toMatch(
      /CONFIRMED|WAITLISTED|CANCELLED|FORUM|PARENTS_CAFE|LYCEE_PUPIL/,
    );
    for (const other of mail.text.match(/[\w.+-]+@[\w.-]+/g) ?? []) expect(other).toBe(to);
  };

  const REGISTER = `mutation($input: RegisterForEventInput!) { registerForEvent(input: $input) {
    id status ticketCode } }`;
  const attendee = (eventId: string, email: string, firstName = 'Lou') => ({
    eventId,
    attendee: { firstName, lastName: 'Martin', email, category: 'LYCEE_PUPIL', minor: false },
  });
  const register = async (eventId: string, email: string, token?: string, firstName?: string) =>
    ok<{ registerForEvent: { id: string; status: string; ticketCode: string | null } }>(
      await gql(REGISTER, { input: attendee(eventId, email, firstName) }, token ? { token } : {}),
    ).registerForEvent;
  /** A forum in `days` days, from 14:00 to 18:00 in Paris (13:00 UTC in winter, 12:00 in summer). */
  async function forum(capacity: number, days = 10, title = 'Forum des métiers du bois') {
    const day = new Date(Date.now() + days * 24 * HOUR).toISOString().slice(0, 10);
    const start = new Date(`${day}T12:00:00Z`);
    return ok<{ createEvent: { id: string; startsAt: string } }>(
      await gql(
        'mutation($input: CreateEventInput!) { createEvent(input: $input) { id startsAt } }',
        {
          input: {
            kind: 'FORUM',
            title,
            startsAt: start.toISOString(),
            endsAt: new Date(start.getTime() + 4 * HOUR).toISOString(),
            communeCode: '14118',
            venueName: 'Halle aux grains',
            capacity,
            audiences: ['LYCEE_PUPIL'],
          },
        },
        { token: admin },
      ),
    ).createEvent;
  }

  it('sends the ticket as a QR code and the event as a calendar entry, with the cancellation link', async () => {
    const ev = await forum(1);
    const lea = address('lea');
    const seat = await register(ev.id, lea, admin, 'Léa');
    const waiting = address('max');
    await register(ev.id, waiting, admin, 'Max');
    await round();

    const [mail] = mailsTo(lea, 'Inscription confirmée');
    expect(mail!.text).toContain('Bonjour Léa,');
    expect(mail!.text).toContain(`Votre billet : ${seat.ticketCode}`);
    expect(link(mail!.text, 'annuler').id).toBe(seat.id);
    plainFrench(mail!, lea);
    const ics = attachment(mail!, '.ics')!;
    expect(ics.contentType).toContain('text/calendar');
    const calendar = ics.content.toString('utf8');
    expect(calendar).toContain('BEGIN:VEVENT');
    expect(calendar).toContain(`UID:${ev.id}@destination-metier`);
    expect(calendar).toContain('Forum des métiers du bois');
    const qr = attachment(mail!, '.png')!;
    expect(qr.contentType).toBe('image/png');
    // The QR code says the ticket's code: what the door scans and checks in.
    const code = readQrCode(qr.content);
    expect(code).toBe(seat.ticketCode);
    const checked = ok<{ checkIn: { id: string } }>(
      await gql(
        'mutation($input: CheckInInput!) { checkIn(input: $input) { id } }',
        { input: { eventId: ev.id, code } },
        { token: admin },
      ),
    ).checkIn;
    expect(checked.id).toBe(seat.id);

    // The waitlisted one has no ticket yet: the calendar entry only; promoted, the ticket comes.
    const [queued] = mailsTo(waiting, 'Inscription confirmée');
    expect(queued!.attachments.map((a) => a.filename)).toEqual(['evenement.ics']);
    ok(
      await gql(
        'mutation($id: ID!) { cancelRegistration(input: { registrationId: $id }) { status } }',
        { id: seat.id },
        { token: admin },
      ),
    );
    await round();
    const [promoted] = mailsTo(waiting, 'Une place s’est libérée');
    const ticket = /Votre billet : ([A-Z2-9]{10})/.exec(promoted!.text)![1];
    expect(readQrCode(attachment(promoted!, '.png')!.content)).toBe(ticket);
    expect(attachment(promoted!, '.ics')).toBeDefined();
  });

  it('attaches the ticket once a public registration is confirmed by its link', async () => {
    const ev = await forum(5);
    const noe = address('noe');
    await register(ev.id, noe);
    await round();
    const [asked] = mailsTo(noe, 'Confirmez votre inscription');
    expect(asked!.attachments).toEqual([]);
    ok(
      await gql('mutation($token: String!) { confirmRegistration(input: { token: $token }) { id } }', {
        token: link(asked!.text, 'confirmer').token,
      }),
    );
    await round();
    const [mail] = mailsTo(noe, 'Inscription confirmée');
    const ticket = /Votre billet : ([A-Z2-9]{10})/.exec(mail!.text)![1];
    expect(readQrCode(attachment(mail!, '.png')!.content)).toBe(ticket);
    expect(attachment(mail!, '.ics')).toBeDefined();
    expect(mail!.text).toContain('?annuler=');
  });

  it('reminds each registrant with a seat the day before, once, whatever the number of senders', async () => {
    const ev = await forum(2, 6, 'Forum de la mer');
    const [ana, ben, cyd] = [address('ana'), address('ben'), address('cyd')];
    await register(ev.id, ana, admin, 'Ana');
    await register(ev.id, ben, admin, 'Ben');
    await register(ev.id, cyd, admin, 'Cyd'); // waitlisted: no reminder
    const start = new Date(ev.startsAt);
    // Two days before: nothing. The day before, at 18:00 in Paris: three rounds at once (replicas).
    await round(new Date(start.getTime() - 44 * HOUR));
    expect(mailsTo(ana, 'C’est demain')).toHaveLength(0);
    const dayBefore = new Date(start.getTime() - 20 * HOUR);
    await Promise.all([round(dayBefore), round(dayBefore), round(dayBefore)]);
    await round(new Date(dayBefore.getTime() + 2 * HOUR));
    const [reminder, ...again] = mailsTo(ana, 'C’est demain');
    expect(again).toHaveLength(0);
    expect(mailsTo(ben, 'C’est demain')).toHaveLength(1);
    expect(mailsTo(cyd, 'C’est demain')).toHaveLength(0);
    expect(reminder!.subject).toBe('C’est demain : Forum de la mer');
    expect(reminder!.text).toContain('Bonjour Ana,');
    expect(reminder!.text).toContain('Halle aux grains, Caen');
    expect(reminder!.text).toContain(`${site}/evenements/${ev.id}`);
    expect(attachment(reminder!, '.png')).toBeDefined();
    plainFrench(reminder!, ana);

    // Moved two days later: everyone is told; the reminder comes again for the new day.
    const UPDATE = 'mutation($input: UpdateEventInput!) { updateEvent(input: $input) { id } }';
    const newStart = new Date(start.getTime() + 48 * HOUR);
    ok(
      await gql(
        UPDATE,
        {
          input: {
            id: ev.id,
            startsAt: newStart.toISOString(),
            endsAt: new Date(newStart.getTime() + 4 * HOUR).toISOString(),
          },
        },
        { token: admin },
      ),
    );
    await round(dayBefore);
    for (const who of [ana, ben, cyd]) expect(mailsTo(who, 'La date de « Forum de la mer » a changé')).toHaveLength(1);
    const [moved] = mailsTo(cyd, 'La date');
    expect(moved!.text).toContain('Date prévue auparavant :');
    expect(moved!.text).toContain('liste d’attente');
    expect(attachment(moved!, '.ics')!.content.toString('utf8')).toContain('Forum de la mer');
    plainFrench(moved!, cyd);
    await round(new Date(newStart.getTime() - 20 * HOUR));
    expect(mailsTo(ana, 'C’est demain')).toHaveLength(2);
  });

  it('tells every registrant of a change of place and of a cancellation, not of a new title', async () => {
    const ev = await forum(1, 12, 'Forum du numérique');
    const [eli, fay] = [address('eli'), address('fay')];
    await register(ev.id, eli, admin, 'Eli');
    await register(ev.id, fay, admin, 'Fay');
    const UPDATE = 'mutation($input: UpdateEventInput!) { updateEvent(input: $input) { id } }';
    ok(await gql(UPDATE, { input: { id: ev.id, title: 'Forum du numérique 2' } }, { token: admin }));
    ok(await gql(UPDATE, { input: { id: ev.id, venueName: 'Salle des fêtes' } }, { token: admin }));
    await round();
    expect(smtp.to(eli).filter((m) => m.subject.includes('changé'))).toHaveLength(1);
    const [moved] = mailsTo(fay, 'Le lieu de « Forum du numérique 2 » a changé');
    expect(moved!.text).toContain('Lieu : Salle des fêtes, Caen');
    expect(moved!.text).toContain('Lieu prévu auparavant : Halle aux grains, Caen');
    // Its cancellation link frees the waitlist place.
    const cancel = link(moved!.text, 'annuler');
    ok(
      await gql(
        'mutation($id: ID!, $t: String!) { cancelRegistration(input: { registrationId: $id, cancellationToken: $t }) { status } }',
        { id: cancel.id, t: cancel.token },
      ),
    );

    ok(
      await gql(
        'mutation($id: ID!, $reason: String) { cancelEvent(id: $id, reason: $reason) { id } }',
        { id: ev.id, reason: 'Salle indisponible' },
        { token: admin },
      ),
    );
    await round();
    const [cancelled] = mailsTo(eli, 'Annulé : Forum du numérique 2');
    expect(cancelled!.text).toContain('Motif : Salle indisponible');
    expect(attachment(cancelled!, '.ics')!.content.toString('utf8')).toContain('STATUS:CANCELLED');
    plainFrench(cancelled!, eli);
    // Who had cancelled is not told; nobody is reminded of a cancelled event.
    expect(mailsTo(fay, 'Annulé')).toHaveLength(0);
    await round(new Date(new Date(ev.startsAt).getTime() - 20 * HOUR));
    expect(mailsTo(eli, 'C’est demain')).toHaveLength(0);
  });

  it('tells the parents of a café that it takes place when the 15th registers', async () => {
    const start = new Date(Date.now() + 15 * 24 * HOUR);
    const cafe = ok<{ createParentsCafe: { id: string } }>(
      await gql(
        'mutation($input: CreateParentsCafeInput!) { createParentsCafe(input: $input) { id } }',
        {
          input: {
            title: 'Café des parents : les métiers du soin',
            startsAt: start.toISOString(),
            communeCode: '14118',
            venueName: 'Médiathèque',
            facilitatorName: 'Camille Durand',
            capacity: 20,
          },
        },
        { token: admin },
      ),
    ).createParentsCafe;
    const parents = Array.from({ length: 15 }, (_, i) => address(`parent${i}`));
    const REGISTER_CAFE = `mutation($input: RegisterForParentsCafeInput!) { registerForParentsCafe(input: $input) { id } }`;
    for (const [i, email] of parents.entries()) {
      ok(
        await gql(
          REGISTER_CAFE,
          { input: { cafeId: cafe.id, parent: { firstName: `Parent${i}`, lastName: 'Durand', email } } },
          { token: admin },
        ),
      );
      if (i === 13) {
        await round();
        expect(mailsTo(parents[0]!, 'Le café des parents aura lieu')).toHaveLength(0);
      }
    }
    await round();
    for (const email of parents) expect(mailsTo(email, 'Le café des parents aura lieu')).toHaveLength(1);
    const [told] = mailsTo(parents[3]!, 'Le café des parents aura lieu');
    expect(told!.text).toContain('Bonjour Parent3,');
    expect(told!.text).toContain('Animé par : Camille Durand');
    expect(told!.text).toContain(`${site}/cafes/${cafe.id}`);
    plainFrench(told!, parents[3]!);
  });
});
