import { signBearerToken } from '@dm/shared';
import { graphqlClient } from '@dm/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { gatewayBeside } from './beside.ts';

// Hundreds of registrations at once for the same seats, through a gateway whose deadline suits a loaded test
// machine (each registration waits for the event's lock in turn): what is tested is that the seats are
// never oversold and that the counters add up to what was recorded, on PGlite and on PostgreSQL.
describe('registrations under concurrency', () => {
  let gateway: Awaited<ReturnType<typeof gatewayBeside>>;
  let gql: ReturnType<typeof graphqlClient>;
  let admin: string;
  const tag = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

  beforeAll(async () => {
    gateway = await gatewayBeside({
      SUBGRAPH_TIMEOUT_MS: '60000',
      RATE_LIMIT_ANONYMOUS_PER_MINUTE: '100000',
      RATE_LIMIT_PUBLIC_MUTATIONS_PER_HOUR: '100000',
      RATE_LIMIT_PUBLIC_MUTATIONS_PER_TARGET_PER_HOUR: '100000',
    });
    gql = graphqlClient(gateway.url);
    admin = await signBearerToken({ role: 'admin', subject: 'admin:load' }, inject('authSecret'));
  });
  afterAll(() => gateway?.stop());

  const inTenDays = (hour: number) => {
    const d = new Date(Date.now() + 10 * 86_400_000);
    d.setUTCHours(hour, 0, 0, 0);
    return d.toISOString();
  };
  async function createEvent(extra: Record<string, unknown>) {
    const r = await gql<{ createEvent: { id: string } }>(
      'mutation($input: CreateEventInput!) { createEvent(input: $input) { id } }',
      {
        input: {
          kind: 'FORUM',
          title: `Forum ${tag}`,
          startsAt: inTenDays(8),
          endsAt: inTenDays(12),
          communeCode: '14118',
          audiences: ['COLLEGE_PUPIL'],
          ...extra,
        },
      },
      { token: admin },
    );
    expect(r.errors).toBeUndefined();
    return r.data!.createEvent.id;
  }
  const person = (eventId: string, i: number) => ({
    eventId,
    attendee: {
      firstName: 'Lou',
      lastName: `N${i}`,
      email: `rush${i}-${tag}@example.org`,
      category: 'COLLEGE_PUPIL',
      minor: false,
    },
  });
  const REGISTER = `mutation($input: RegisterForEventInput!) { registerForEvent(input: $input) { status position } }`;
  const REGISTER_GROUP = `mutation($input: RegisterGroupForEventInput!) { registerGroupForEvent(input: $input) { status seats position } }`;

  /** Every registration of an event as its staff see them, all pages. */
  async function recorded(eventId: string) {
    const seen: { status: string; seats: number; group: { groupName: string } | null }[] = [];
    let after: string | null = null;
    do {
      const page: any = await gql(
        `query($id: ID!, $after: String) { event(id: $id) { registrations(first: 100, after: $after) {
          edges { node { status seats group { groupName } } } pageInfo { hasNextPage endCursor } } } }`,
        { id: eventId, after },
        { token: admin },
      );
      const conn = page.data.event.registrations;
      seen.push(...conn.edges.map((e: { node: (typeof seen)[number] }) => e.node));
      after = conn.pageInfo.hasNextPage ? conn.pageInfo.endCursor : null;
    } while (after);
    return seen;
  }
  const sum = (list: { seats: number }[]) => list.reduce((n, r) => n + r.seats, 0);
  const counts = async (id: string) =>
    (
      await gql<{ event: Record<string, number> }>(
        'query($id: ID!) { event(id: $id) { registeredCount remainingSeats waitlistCount groupSeatsCount } }',
        { id },
      )
    ).data!.event;

  it('200 concurrent registrations for 10 seats give 10 seats and a waitlist of 190, in order', async () => {
    const eventId = await createEvent({ capacity: 10 });
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        gql<{ registerForEvent: { status: string; position: number | null } }>(REGISTER, { input: person(eventId, i) }),
      ),
    );
    expect(results.filter((r) => r.errors)).toEqual([]);
    const answers = results.map((r) => r.data!.registerForEvent);
    expect(answers.filter((r) => r.status === 'CONFIRMED')).toHaveLength(10);
    const waitlisted = answers.filter((r) => r.status === 'WAITLISTED');
    expect(waitlisted.map((r) => r.position).sort((a, b) => a! - b!)).toEqual(
      Array.from({ length: 190 }, (_, i) => i + 1),
    );
    expect(await counts(eventId)).toEqual({
      registeredCount: 10,
      remainingSeats: 0,
      waitlistCount: 190,
      groupSeatsCount: 0,
    });
  });

  it('200 concurrent individual and group registrations never oversell, seats counted in people', async () => {
    const eventId = await createEvent({ capacity: 120, seatsReservedForIndividuals: 20 });
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        i % 5 === 0
          ? gql(REGISTER_GROUP, {
              input: {
                eventId,
                organiser: {
                  firstName: 'Claire',
                  lastName: 'Prof',
                  email: `prof${i}-${tag}@college.example.org`,
                  organisation: 'Collège',
                  uai: '0140013N',
                },
                groupName: `Classe ${i}`,
                participants: 8 + (i % 13),
                accompanying: 1,
                category: 'COLLEGE_PUPIL',
                minors: true,
                acceptFewerSeats: i % 10 === 0,
              },
            })
          : gql(REGISTER, { input: person(eventId, 1000 + i) }),
      ),
    );
    expect(results.filter((r) => r.errors)).toEqual([]);
    const seen = await recorded(eventId);
    expect(seen).toHaveLength(200);
    const confirmed = seen.filter((r) => r.status === 'CONFIRMED');
    // 160 individuals alone could fill it: every seat is taken, never one more; groups stay out of the 20 kept.
    expect(sum(confirmed)).toBe(120);
    expect(sum(confirmed.filter((r) => r.group))).toBeLessThanOrEqual(100);
    expect(await counts(eventId)).toEqual({
      registeredCount: 120,
      remainingSeats: 0,
      waitlistCount: sum(seen.filter((r) => r.status === 'WAITLISTED')),
      groupSeatsCount: sum(confirmed.filter((r) => r.group)),
    });
  });

  it('lets a school register three classes and thirty of its people from one address, with the default limits', async () => {
    // A gateway with the default budgets (120 public mutations an hour per client address, 10 per e-mail
    // address, 600 per event), all requests from the school's one address.
    const school = await gatewayBeside();
    try {
      const client = graphqlClient(school.url);
      const eventId = await createEvent({ capacity: 200 });
      for (let c = 0; c < 3; c++) {
        const r = await client(REGISTER_GROUP, {
          input: {
            eventId,
            organiser: {
              firstName: 'Claire',
              lastName: 'Prof',
              email: `cdi-${tag}@college.example.org`,
              organisation: 'Collège',
              uai: '0140013N',
            },
            groupName: `3e ${c}`,
            participants: 28,
            accompanying: 2,
            category: 'COLLEGE_PUPIL',
            minors: true,
          },
        });
        expect(r.errors).toBeUndefined();
      }
      const people = await Promise.all(
        Array.from({ length: 30 }, (_, i) => client(REGISTER, { input: person(eventId, 5000 + i) })),
      );
      expect(people.filter((r) => r.errors)).toEqual([]);
      expect(await counts(eventId)).toMatchObject({ registeredCount: 120, groupSeatsCount: 90 });
      // One e-mail address cannot be used over and over: the 429 says which limit it hit.
      const email = `flood-${tag}@example.org`;
      const codes = [];
      for (let i = 0; i < 11; i++) {
        const other = await createEvent({ capacity: 5 });
        const r = await client(REGISTER, {
          input: {
            eventId: other,
            attendee: { firstName: 'F', lastName: 'L', email, category: 'PARENT', minor: false },
          },
        });
        codes.push(r.errors?.[0]?.extensions?.limit ?? r.errors?.[0]?.extensions?.code ?? 'OK');
      }
      expect(codes).toEqual([...Array(10).fill('OK'), 'EMAIL']);
    } finally {
      await school.stop();
    }
  });
});
