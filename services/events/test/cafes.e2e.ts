import { adminToken, gql, unique } from '@dm/testing/stack';
import { describe, expect, it } from 'vitest';

/** How many messages of a kind the events subgraph queued for an address (its GDPR export). */
async function noticesTo(email: string, kind: string) {
  const exported = await gql<{ dataSubject: { events: { messages: { kind: string }[] } } }>(
    'query($email: String!) { dataSubject(email: $email) { events } }',
    { email },
    { token: await adminToken() },
  );
  return exported.data!.dataSubject.events.messages.filter((m) => m.kind === kind).length;
}

// Parents' cafés are events of kind PARENTS_CAFE; the café operations of the first version keep answering.
describe("parents' cafés", () => {
  const CREATE =
    'mutation($input: CreateParentsCafeInput!) { createParentsCafe(input: $input) { id status capacity } }';
  const REGISTER_PARENT = `mutation($input: RegisterForParentsCafeInput!) {
    registerForParentsCafe(input: $input) { id status cancellationToken cafe { registeredCount status } } }`;
  const inTenDays = () => new Date(Date.now() + 10 * 86_400_000).toISOString();

  it('refuses more than 20 seats, and never goes over capacity under concurrent registrations', async () => {
    const admin = await adminToken();
    const base = {
      title: `Café ${unique()}`,
      startsAt: inTenDays(),
      communeCode: '61001',
      facilitatorName: 'Conseillère',
    };
    const tooBig = await gql(CREATE, { input: { ...base, capacity: 21 } }, { token: admin });
    expect(tooBig.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.capacity' });
    const made = await gql<{ createParentsCafe: { id: string; status: string; capacity: number } }>(
      CREATE,
      { input: base },
      { token: admin },
    );
    expect(made.data!.createParentsCafe).toMatchObject({ status: 'OPEN', capacity: 20 });
    const cafeId = made.data!.createParentsCafe.id;

    const results = await Promise.all(
      Array.from({ length: 45 }, (_, i) =>
        gql<{ registerForParentsCafe: { status: string } }>(REGISTER_PARENT, {
          input: {
            cafeId,
            parent: { firstName: 'Parent', lastName: `N${i}`, email: `parent${i}-${unique()}@example.org` },
          },
        }),
      ),
    );
    expect(results.filter((r) => r.data?.registerForParentsCafe)).toHaveLength(20);
    for (const r of results.filter((x) => x.errors)) expect(r.errors![0]!.message).toMatch(/full/);
    const cafe = await gql<{ parentsCafe: { registeredCount: number; remainingSeats: number; status: string } }>(
      'query($id: ID!) { parentsCafe(id: $id) { registeredCount remainingSeats status } }',
      { id: cafeId },
    );
    expect(cafe.data!.parentsCafe).toEqual({ registeredCount: 20, remainingSeats: 0, status: 'FULL' });
  });

  it('confirms a café from 15 parents, refuses any address once full, cancels with the token and registers again', async () => {
    const made = await gql<{ createParentsCafe: { id: string } }>(
      CREATE,
      {
        input: {
          title: `Café ${unique()}`,
          startsAt: inTenDays(),
          communeCode: '27229',
          facilitatorName: 'Psychologue',
          capacity: 16,
        },
      },
      { token: await adminToken() },
    );
    const cafeId = made.data!.createParentsCafe.id;
    const registrations = [];
    for (let i = 0; i < 15; i++) {
      const r = await gql<{
        registerForParentsCafe: { id: string; cancellationToken: string; cafe: { status: string } };
      }>(REGISTER_PARENT, {
        input: { cafeId, parent: { firstName: 'P', lastName: `${i}`, email: `p${i}-${unique()}@example.org` } },
      });
      registrations.push(r.data!.registerForParentsCafe);
    }
    expect(registrations[13]!.cafe.status).toBe('OPEN');
    expect(registrations[14]!.cafe.status).toBe('CONFIRMED');
    const email = `same-${unique()}@example.org`;
    type Registered = { registerForParentsCafe: { id: string; cancellationToken: string; cafe: { status: string } } };
    const a = await gql<Registered>(REGISTER_PARENT, {
      input: { cafeId, parent: { firstName: 'S', lastName: 'S', email } },
    });
    expect(a.data!.registerForParentsCafe.cafe.status).toBe('FULL');
    // The café is full: the same address is refused as any other would be, which tells nothing about it.
    for (const address of [email, `other-${unique()}@example.org`]) {
      const refused = await gql(REGISTER_PARENT, {
        input: { cafeId, parent: { firstName: 'S', lastName: 'S', email: address } },
      });
      expect(refused.errors?.[0]?.message).toMatch(/full/);
    }
    const CANCEL =
      'mutation($input: CancelParentsCafeRegistrationInput!) { cancelParentsCafeRegistration(input: $input) { status cafe { registeredCount status } } }';
    const cancelled = await gql(CANCEL, {
      input: {
        registrationId: a.data!.registerForParentsCafe.id,
        cancellationToken: a.data!.registerForParentsCafe.cancellationToken,
      },
    });
    expect(cancelled.data).toEqual({
      cancelParentsCafeRegistration: { status: 'CANCELLED', cafe: { registeredCount: 15, status: 'CONFIRMED' } },
    });
    // A cancelled registration registers again, with a new token.
    const back = await gql<Registered>(REGISTER_PARENT, {
      input: { cafeId, parent: { firstName: 'S', lastName: 'S', email } },
    });
    expect(back.data!.registerForParentsCafe).toMatchObject({ id: a.data!.registerForParentsCafe.id });
    expect(back.data!.registerForParentsCafe.cancellationToken).not.toBe(
      a.data!.registerForParentsCafe.cancellationToken,
    );
    expect(await noticesTo(email, 'REGISTRATION_NOTICE')).toBe(0);
  });

  it('answers an address already registered as a new one, holding a seat like one, and tells the parent once', async () => {
    const made = await gql<{ createParentsCafe: { id: string } }>(
      CREATE,
      {
        input: {
          title: `Café ${unique()}`,
          startsAt: inTenDays(),
          communeCode: '50129',
          facilitatorName: 'Conseiller',
        },
      },
      { token: await adminToken() },
    );
    const cafeId = made.data!.createParentsCafe.id;
    const email = `twice-${unique()}@example.org`;
    type Registered = {
      registerForParentsCafe: {
        id: string;
        status: string;
        cancellationToken: string;
        cafe: { registeredCount: number };
      };
    };
    const first = await gql<Registered>(REGISTER_PARENT, {
      input: { cafeId, parent: { firstName: 'Léa', lastName: 'Parent', email } },
    });
    expect(first.data!.registerForParentsCafe.cafe.registeredCount).toBe(1);
    const again = [];
    for (let i = 0; i < 3; i++) {
      again.push(
        await gql<Registered>(REGISTER_PARENT, {
          input: { cafeId, parent: { firstName: 'X', lastName: 'Y', email: i % 2 ? email.toUpperCase() : email } },
        }),
      );
    }
    // Each answer is a new registration's: a seat taken (held until released), a new id and token.
    again.forEach((r, i) => {
      expect(r.errors).toBeUndefined();
      expect(r.data!.registerForParentsCafe).toMatchObject({ status: 'REGISTERED', cafe: { registeredCount: 2 + i } });
      expect(r.data!.registerForParentsCafe.id).not.toBe(first.data!.registerForParentsCafe.id);
    });
    const standIn = again[0]!.data!.registerForParentsCafe;
    const cancel = await gql(
      'mutation($input: CancelParentsCafeRegistrationInput!) { cancelParentsCafeRegistration(input: $input) { status cafe { registeredCount } } }',
      { input: { registrationId: standIn.id, cancellationToken: standIn.cancellationToken } },
    );
    expect(cancel.data).toEqual({
      cancelParentsCafeRegistration: { status: 'CANCELLED', cafe: { registeredCount: 3 } },
    });
    expect(await noticesTo(email, 'REGISTRATION_NOTICE')).toBe(1);
  });

  it('is an event of kind PARENTS_CAFE: listed with the events, with a waitlist through registerForEvent', async () => {
    const admin = await adminToken();
    const made = await gql<{ createParentsCafe: { id: string } }>(
      CREATE,
      {
        input: {
          title: `Café ${unique()}`,
          startsAt: inTenDays(),
          communeCode: '14118',
          facilitatorName: 'Psy-EN',
          capacity: 1,
        },
      },
      { token: admin },
    );
    const cafeId = made.data!.createParentsCafe.id;
    const asEvent = await gql<{ event: Record<string, unknown> }>(
      'query($id: ID!) { event(id: $id) { kind capacity facilitator audiences } }',
      { id: cafeId },
    );
    expect(asEvent.data!.event).toEqual({
      kind: 'PARENTS_CAFE',
      capacity: 1,
      facilitator: 'Psy-EN',
      audiences: ['PARENT'],
    });
    const listed = await gql<{ parentsCafes: { edges: { node: { id: string; event: { id: string } } }[] } }>(
      'query { parentsCafes(filter: { department: "14", hasSeatsLeft: true }, first: 100) { edges { node { id event { id } } } } }',
    );
    expect(listed.data!.parentsCafes.edges.map((e) => e.node.id)).toContain(cafeId);
    const REGISTER = `mutation($input: RegisterForEventInput!) { registerForEvent(input: $input) { status position } }`;
    const parent = (email: string) => ({ firstName: 'P', lastName: 'Q', email, category: 'PARENT', minor: false });
    const one = await gql(REGISTER, { input: { eventId: cafeId, attendee: parent(`a-${unique()}@example.org`) } });
    const two = await gql(REGISTER, { input: { eventId: cafeId, attendee: parent(`b-${unique()}@example.org`) } });
    expect([one.data, two.data]).toEqual([
      { registerForEvent: { status: 'CONFIRMED', position: null } },
      { registerForEvent: { status: 'WAITLISTED', position: 1 } },
    ]);
    // A café over 20 seats is refused whichever operation creates it; groups are not taken.
    const big = await gql(
      'mutation($input: UpdateEventInput!) { updateEvent(input: $input) { capacity } }',
      { input: { id: cafeId, capacity: 21 } },
      { token: admin },
    );
    expect(big.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.capacity' });
    // An unknown id, or an event that is not a café, is no café.
    const notCafe = await gql<{ parentsCafe: null }>(
      'query { parentsCafe(id: "00000000-0000-4000-8000-000000000000") { id } }',
    );
    expect(notCafe.data).toEqual({ parentsCafe: null });
  });

  it('mails every parent when the 15th registers: the café takes place', async () => {
    const made = await gql<{ createParentsCafe: { id: string } }>(
      CREATE,
      {
        input: {
          title: `Café ${unique()}`,
          startsAt: inTenDays(),
          communeCode: '76351',
          facilitatorName: 'Conseillère',
        },
      },
      { token: await adminToken() },
    );
    const cafeId = made.data!.createParentsCafe.id;
    const emails = Array.from({ length: 15 }, (_, i) => `quinze${i}-${unique()}@example.org`);
    for (const email of emails.slice(0, 14)) {
      await gql(REGISTER_PARENT, { input: { cafeId, parent: { firstName: 'P', lastName: 'Q', email } } });
    }
    expect(await noticesTo(emails[0]!, 'CAFE_CONFIRMED')).toBe(0);
    await gql(REGISTER_PARENT, { input: { cafeId, parent: { firstName: 'P', lastName: 'Q', email: emails[14]! } } });
    for (const email of [emails[0]!, emails[14]!]) expect(await noticesTo(email, 'CAFE_CONFIRMED')).toBe(1);
  });
});
