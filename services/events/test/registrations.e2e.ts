import { adminToken, gql, token, unique } from '@dm/testing/stack';
import { describe, expect, it } from 'vitest';
import { attendee, createEvent, REGISTER } from './helpers.ts';

type Registered = {
  registerForEvent: { id: string; status: string; position: number | null; cancellationToken: string | null };
};

/** How many notices of an existing registration the events subgraph queued for an address (its GDPR export). */
async function noticesTo(email: string) {
  const exported = await gql<{ dataSubject: { events: { messages: { kind: string }[] } } }>(
    'query($email: String!) { dataSubject(email: $email) { events } }',
    { email },
    { token: await adminToken() },
  );
  return exported.data!.dataSubject.events.messages.filter((m) => m.kind === 'REGISTRATION_NOTICE').length;
}

describe('registrations through the gateway', () => {
  it('answers an address already registered exactly as a new one, holds like one, and tells its owner once', async () => {
    const ev = await createEvent({ capacity: 1 });
    const email = `twice-${unique()}@example.org`;
    const first = (await gql<Registered>(REGISTER, { input: { eventId: ev.id, attendee: attendee(email) } })).data!
      .registerForEvent;
    expect(first).toMatchObject({ status: 'CONFIRMED', position: null });

    // Ten more at once with the same address, in either case: each answer is what a new registration gets
    // (the next waitlist place, and the counters move as for a new one) and names no registration...
    const again = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        gql<Registered>(REGISTER, {
          input: { eventId: ev.id, attendee: attendee(i % 2 ? email.toUpperCase() : email) },
        }),
      ),
    );
    for (const r of again) {
      expect(r.errors).toBeUndefined();
      expect(r.data!.registerForEvent).toMatchObject({ status: 'WAITLISTED' });
      expect(r.data!.registerForEvent.id).not.toBe(first.id);
      expect(r.data!.registerForEvent.cancellationToken).toEqual(expect.any(String));
      expect(r.data!.registerForEvent.cancellationToken).not.toBe(first.cancellationToken);
    }
    expect(again.map((r) => r.data!.registerForEvent.position).sort((a, b) => a! - b!)).toEqual(
      Array.from({ length: 10 }, (_, i) => i + 1),
    );
    const stranger = await gql<Registered>(REGISTER, {
      input: { eventId: ev.id, attendee: attendee(`stranger-${unique()}@example.org`) },
    });
    expect(stranger.data!.registerForEvent).toMatchObject({ status: 'WAITLISTED', position: 11 });
    const counts = () => gql('query($id: ID!) { event(id: $id) { registeredCount waitlistCount } }', { id: ev.id });
    expect((await counts()).data).toEqual({ event: { registeredCount: 1, waitlistCount: 11 } });

    // ...and its token cancels it as a new one's would, without touching the owner's registration.
    const standIn = again[0]!.data!.registerForEvent;
    const cancel = await gql(
      'mutation($input: CancelRegistrationInput!) { cancelRegistration(input: $input) { id status } }',
      { input: { registrationId: standIn.id, cancellationToken: standIn.cancellationToken } },
    );
    expect(cancel.data).toEqual({ cancelRegistration: { id: standIn.id, status: 'CANCELLED' } });
    expect((await counts()).data).toEqual({ event: { registeredCount: 1, waitlistCount: 10 } });

    // The owner of the address is told once, however many attempts (at most once a day per registration).
    expect(await noticesTo(email)).toBe(1);
  });

  it('refuses an address already registered when registration is closed, as it refuses any other', async () => {
    const ev = await createEvent({ capacity: 3 });
    const email = `closed-${unique()}@example.org`;
    await gql(REGISTER, { input: { eventId: ev.id, attendee: attendee(email) } });
    await gql(
      'mutation($id: ID!) { cancelEvent(id: $id, reason: "Test") { status } }',
      { id: ev.id },
      { token: await adminToken() },
    );
    for (const address of [email, `new-${unique()}@example.org`]) {
      const refused = await gql(REGISTER, { input: { eventId: ev.id, attendee: attendee(address) } });
      expect(refused.errors?.[0]?.message).toMatch(/cancelled/);
    }
    expect(await noticesTo(email)).toBe(0);
  });

  it('lets a cancelled registration register again, with a new token', async () => {
    const ev = await createEvent({ capacity: 2 });
    const email = `back-${unique()}@example.org`;
    const first = (await gql<Registered>(REGISTER, { input: { eventId: ev.id, attendee: attendee(email) } })).data!
      .registerForEvent;
    const CANCEL =
      'mutation($input: CancelRegistrationInput!) { cancelRegistration(input: $input) { status event { registeredCount } } }';
    const cancelled = await gql(CANCEL, {
      input: { registrationId: first.id, cancellationToken: first.cancellationToken },
    });
    expect(cancelled.data).toEqual({ cancelRegistration: { status: 'CANCELLED', event: { registeredCount: 0 } } });
    const back = (await gql<Registered>(REGISTER, { input: { eventId: ev.id, attendee: attendee(email) } })).data!
      .registerForEvent;
    expect(back).toMatchObject({ id: first.id, status: 'CONFIRMED' });
    expect(back.cancellationToken).not.toBe(first.cancellationToken);
    const oldToken = await gql(CANCEL, {
      input: { registrationId: first.id, cancellationToken: first.cancellationToken },
    });
    expect(oldToken.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const newToken = await gql(CANCEL, {
      input: { registrationId: back.id, cancellationToken: back.cancellationToken },
    });
    expect(newToken.data).toEqual({ cancelRegistration: { status: 'CANCELLED', event: { registeredCount: 0 } } });
    expect(await noticesTo(email)).toBe(0);
  });

  it('promotes the first waitlisted registration when a confirmed one is cancelled with its token', async () => {
    const ev = await createEvent({ capacity: 1 });
    const seat = (
      await gql<Registered>(REGISTER, { input: { eventId: ev.id, attendee: attendee(`a-${unique()}@example.org`) } })
    ).data!.registerForEvent;
    const next = (
      await gql<Registered>(REGISTER, { input: { eventId: ev.id, attendee: attendee(`b-${unique()}@example.org`) } })
    ).data!.registerForEvent;
    const last = (
      await gql<Registered>(REGISTER, { input: { eventId: ev.id, attendee: attendee(`c-${unique()}@example.org`) } })
    ).data!.registerForEvent;
    expect([seat.status, next.status, next.position, last.position]).toEqual(['CONFIRMED', 'WAITLISTED', 1, 2]);

    const CANCEL =
      'mutation($input: CancelRegistrationInput!) { cancelRegistration(input: $input) { status event { registeredCount waitlistCount } } }';
    const wrong = await gql(CANCEL, { input: { registrationId: seat.id, cancellationToken: 'not-the-token' } });
    expect(wrong.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const noToken = await gql(CANCEL, { input: { registrationId: seat.id } });
    expect(noToken.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const cancelled = await gql(CANCEL, {
      input: { registrationId: seat.id, cancellationToken: seat.cancellationToken },
    });
    expect(cancelled.data).toEqual({
      cancelRegistration: { status: 'CANCELLED', event: { registeredCount: 1, waitlistCount: 1 } },
    });

    const REGS = `query($id: ID!) { event(id: $id) { registeredCount waitlistCount } }`;
    expect((await gql(REGS, { id: ev.id })).data).toEqual({ event: { registeredCount: 1, waitlistCount: 1 } });
    // The promoted registration is the one that was first in line; the other moves up.
    const STATUS =
      'mutation($input: RegisterForEventInput!) { registerForEvent(input: $input) { id status position } }';
    const promoted = await gql<Registered>(STATUS, { input: { eventId: ev.id, attendee: attendee('x') } });
    expect(promoted.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.attendee.email' });
    const staffCancel = await gql(CANCEL, { input: { registrationId: last.id } }, { token: await adminToken() });
    expect(staffCancel.data).toEqual({
      cancelRegistration: { status: 'CANCELLED', event: { registeredCount: 1, waitlistCount: 0 } },
    });
  });

  it('refuses a cancelled event, a closed registration and an attendee under 15 without consent', async () => {
    const young = attendee(`young-${unique()}@example.org`, {
      minor: true,
      birthDate: '2013-06-01',
      category: 'COLLEGE_PUPIL',
    });
    const ev = await createEvent();
    const refused = await gql(REGISTER, { input: { eventId: ev.id, attendee: young } });
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.attendee.guardianConsent',
    });
    const consented = await gql<Registered>(REGISTER, {
      input: { eventId: ev.id, attendee: { ...young, guardianConsent: true } },
    });
    expect(consented.data!.registerForEvent.status).toBe('CONFIRMED');

    const closedWindow = await createEvent({ registrationClosesAt: new Date(Date.now() - 60_000).toISOString() });
    expect(closedWindow.registrationOpen).toBe(false);
    const late = await gql(REGISTER, {
      input: { eventId: closedWindow.id, attendee: attendee(`late-${unique()}@example.org`) },
    });
    expect(late.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.eventId' });
    expect(late.errors?.[0]?.message).toMatch(/closed/);

    await gql(
      'mutation($id: ID!) { cancelEvent(id: $id, reason: "Test") { status } }',
      { id: ev.id },
      { token: await adminToken() },
    );
    const cancelled = await gql(REGISTER, {
      input: { eventId: ev.id, attendee: attendee(`after-${unique()}@example.org`) },
    });
    expect(cancelled.errors?.[0]?.message).toMatch(/cancelled/);
  });

  it('lets staff change the capacity (never below the confirmed seats) and see attendees; hides them from others', async () => {
    const ev = await createEvent({ capacity: 2 });
    for (const name of ['p1', 'p2', 'p3', 'p4']) {
      await gql(REGISTER, { input: { eventId: ev.id, attendee: attendee(`${name}-${unique()}@example.org`) } });
    }
    const UPDATE =
      'mutation($input: UpdateEventInput!) { updateEvent(input: $input) { capacity registeredCount waitlistCount } }';
    const admin = await adminToken();
    const lower = await gql(UPDATE, { input: { id: ev.id, capacity: 1 } }, { token: admin });
    expect(lower.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.capacity' });
    const raise = await gql(UPDATE, { input: { id: ev.id, capacity: 3 } }, { token: admin });
    expect(raise.data).toEqual({ updateEvent: { capacity: 3, registeredCount: 3, waitlistCount: 1 } });

    const coordinatorElsewhere = await gql(
      UPDATE,
      { input: { id: ev.id, capacity: 10 } },
      { token: await token({ role: 'coordinator', departments: ['76'] }) },
    );
    expect(coordinatorElsewhere.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await gql(UPDATE, { input: { id: ev.id, capacity: 10 } });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
