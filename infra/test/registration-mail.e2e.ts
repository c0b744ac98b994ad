import { readMailEnv } from '@dm/shared/mail';
import { signBearerToken } from '@dm/shared';
import { graphqlClient } from '@dm/testing';
import { startTestSmtp } from '@dm/testing/smtp';
import { ownDatabase } from '@dm/testing/database';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Stack, startLocalStack } from '../src/stack.ts';

// A public registration holds its seat until its address is confirmed by the mailed link; the scheduler
// releases holds not confirmed within 48 hours and the waitlist moves. This file starts its own stack (on
// PGlite, or on a scratch PostgreSQL database) whose mail goes to an SMTP server started here, and runs the
// events subgraph's scheduled round at a chosen instant.
describe('confirming a registration by e-mail', () => {
  const secret = 'registration-mail-test-secret-registration';
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
    const database = await ownDatabase('mail');
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
        REGISTRATION_URL: `${site}/inscriptions/{id}`,
      }),
    });
    gql = graphqlClient(stack.gatewayUrl);
    admin = await signBearerToken({ role: 'admin', subject: 'admin:mail' }, secret);
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
  /** The events subgraph's scheduled round (holds released, then mail sent) at `at`. */
  const round = (at = new Date()) => stack.mail.events.runOnce(at);
  const mailsTo = (email: string, subject: string) => smtp.to(email).filter((m) => m.subject.startsWith(subject));
  const link = (text: string, action: 'confirmer' | 'annuler') => {
    const m = new RegExp(`${site}/inscriptions/([0-9a-f-]+)\\?${action}=(\\S+)`).exec(text);
    expect(m).not.toBeNull();
    return { id: m![1]!, token: decodeURIComponent(m![2]!) };
  };
  const REGISTER = `mutation($input: RegisterForEventInput!) { registerForEvent(input: $input) {
    id status position emailConfirmed holdExpiresAt } }`;
  const CONFIRM = `mutation($token: String!) { confirmRegistration(input: { token: $token }) { id status emailConfirmed holdExpiresAt } }`;
  const attendee = (eventId: string, email: string) => ({
    eventId,
    attendee: { firstName: 'Lou', lastName: 'Martin', email, category: 'LYCEE_PUPIL', minor: false },
  });
  async function forum(capacity: number) {
    const start = new Date(Date.now() + 10 * 24 * HOUR);
    return ok<{ createEvent: { id: string } }>(
      await gql(
        'mutation($input: CreateEventInput!) { createEvent(input: $input) { id } }',
        {
          input: {
            kind: 'FORUM',
            title: 'Forum des métiers du bois',
            startsAt: start.toISOString(),
            endsAt: new Date(start.getTime() + 4 * HOUR).toISOString(),
            communeCode: '14118',
            venueName: 'Halle',
            capacity,
            audiences: ['LYCEE_PUPIL'],
          },
        },
        { token: admin },
      ),
    ).createEvent.id;
  }
  const counts = async (id: string) =>
    ok<{ event: Record<string, number> }>(
      await gql('query($id: ID!) { event(id: $id) { registeredCount waitlistCount } }', { id }),
    ).event;

  it('holds the seat 48 hours, releases it unconfirmed, and promotes and mails the first waitlisted', async () => {
    const eventId = await forum(1);
    const [alix, bea] = [address('alix'), address('bea')];
    const held = ok<{ registerForEvent: Record<string, unknown> }>(
      await gql(REGISTER, { input: attendee(eventId, alix) }),
    ).registerForEvent;
    expect(held).toMatchObject({ status: 'CONFIRMED', emailConfirmed: false, holdExpiresAt: expect.any(String) });
    const waiting = ok<{ registerForEvent: { id: string } }>(
      await gql(REGISTER, { input: attendee(eventId, bea) }),
    ).registerForEvent;
    expect(waiting).toMatchObject({ status: 'WAITLISTED', position: 1 });

    await round();
    const [asked] = mailsTo(alix, 'Confirmez votre inscription');
    expect(asked!.text).toContain('Bonjour Lou,');
    expect(asked!.text).toContain(`${site}/evenements/${eventId}`);
    expect(asked!.text).not.toMatch(/CONFIRMED|WAITLISTED|FORUM|LYCEE_PUPIL/);
    // The waitlisted attendee confirms their address; the first never does.
    const beaLink = link(mailsTo(bea, 'Confirmez votre inscription')[0]!.text, 'confirmer');
    expect(beaLink.id).toBe(waiting.id);
    const confirmed = ok<{ confirmRegistration: Record<string, unknown> }>(
      await gql(CONFIRM, { token: beaLink.token }),
    ).confirmRegistration;
    expect(confirmed).toMatchObject({
      id: waiting.id,
      status: 'WAITLISTED',
      emailConfirmed: true,
      holdExpiresAt: null,
    });

    // 47 hours later nothing moves; 49 hours later the hold is released and the waitlist moves.
    await round(new Date(Date.now() + 47 * HOUR));
    expect(await counts(eventId)).toEqual({ registeredCount: 1, waitlistCount: 1 });
    await round(new Date(Date.now() + 49 * HOUR));
    expect(await counts(eventId)).toEqual({ registeredCount: 1, waitlistCount: 0 });
    const [promoted] = mailsTo(bea, 'Une place s’est libérée');
    expect(promoted!.text).toContain('« Forum des métiers du bois »');
    expect(promoted!.text).toMatch(/Votre billet : [A-Z2-9]{10}/);
    // The released hold's link confirms nothing any more.
    const late = await gql(CONFIRM, { token: link(asked!.text, 'confirmer').token });
    expect(late.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.token' });

    // The mailed cancellation link frees the seat.
    const cancel = link(promoted!.text, 'annuler');
    const cancelled = ok<{ cancelRegistration: { status: string } }>(
      await gql(
        'mutation($id: ID!, $t: String!) { cancelRegistration(input: { registrationId: $id, cancellationToken: $t }) { status } }',
        { id: cancel.id, t: cancel.token },
      ),
    ).cancelRegistration;
    expect(cancelled.status).toBe('CANCELLED');
    expect(await counts(eventId)).toEqual({ registeredCount: 0, waitlistCount: 0 });
  });

  it('mails the ticket once the address is confirmed; staff registrations need no confirmation', async () => {
    const eventId = await forum(5);
    const cleo = address('cleo');
    ok(await gql(REGISTER, { input: attendee(eventId, cleo) }));
    await round();
    const token = link(mailsTo(cleo, 'Confirmez votre inscription')[0]!.text, 'confirmer').token;
    ok(await gql(CONFIRM, { token }));
    ok(await gql(CONFIRM, { token })); // again: nothing changes, no second mail
    await round();
    const tickets = mailsTo(cleo, 'Inscription confirmée');
    expect(tickets).toHaveLength(1);
    expect(tickets[0]!.text).toMatch(/Votre billet : [A-Z2-9]{10}/);
    expect(tickets[0]!.text).toContain('?annuler=');

    const dan = address('dan');
    const byStaff = ok<{ registerForEvent: Record<string, unknown> }>(
      await gql(REGISTER, { input: attendee(eventId, dan) }, { token: admin }),
    ).registerForEvent;
    expect(byStaff).toMatchObject({ status: 'CONFIRMED', emailConfirmed: true, holdExpiresAt: null });
    await round();
    expect(mailsTo(dan, 'Inscription confirmée')).toHaveLength(1);
    expect(mailsTo(dan, 'Confirmez')).toHaveLength(0);
    // Nothing of these two is released, whenever the scheduler runs.
    await round(new Date(Date.now() + 100 * HOUR));
    expect(await counts(eventId)).toEqual({ registeredCount: 2, waitlistCount: 0 });
  });

  it('releases the stand-in answered to a known address like any unconfirmed registration', async () => {
    const eventId = await forum(3);
    const eve = address('eve');
    ok(await gql(REGISTER, { input: attendee(eventId, eve) }));
    await round();
    ok(await gql(CONFIRM, { token: link(mailsTo(eve, 'Confirmez')[0]!.text, 'confirmer').token }));
    ok(await gql(REGISTER, { input: attendee(eventId, eve) }));
    expect(await counts(eventId)).toEqual({ registeredCount: 2, waitlistCount: 0 });
    await round(new Date(Date.now() + 49 * HOUR));
    expect(await counts(eventId)).toEqual({ registeredCount: 1, waitlistCount: 0 });
    // The owner was told, with a link that cancels their own registration.
    const notice = mailsTo(eve, 'Votre inscription')[0]!;
    const cancel = link(notice.text, 'annuler');
    const cancelled = await gql(
      'mutation($id: ID!, $t: String!) { cancelRegistration(input: { registrationId: $id, cancellationToken: $t }) { status } }',
      { id: cancel.id, t: cancel.token },
    );
    expect(cancelled.data).toEqual({ cancelRegistration: { status: 'CANCELLED' } });
  });
});
