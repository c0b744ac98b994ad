import { adminToken, gql, unique } from '@dm/testing/stack';
import { describe, expect, it } from 'vitest';
import { attendee, createEvent, REGISTER } from './helpers.ts';

const REGISTER_GROUP = `mutation($input: RegisterGroupForEventInput!) { registerGroupForEvent(input: $input) {
  id status seats requestedSeats position groupName cancellationToken emailConfirmed organiser { organisation uai }
  event { registeredCount remainingSeats waitlistCount groupSeatsCount } } }`;

type Group = {
  id: string;
  status: string;
  seats: number;
  requestedSeats: number;
  position: number | null;
  cancellationToken: string;
  event: { registeredCount: number; remainingSeats: number; waitlistCount: number; groupSeatsCount: number };
};

const group = (eventId: string, participants: number, accompanying: number, extra: Record<string, unknown> = {}) => ({
  eventId,
  organiser: {
    firstName: 'Claire',
    lastName: 'Enseignante',
    email: `prof-${unique()}@college.example.org`,
    organisation: 'Collège Pierre Varignon',
    uai: '0140013N',
  },
  groupName: `3e ${unique()}`,
  participants,
  accompanying,
  category: 'COLLEGE_PUPIL',
  minors: true,
  ...extra,
});

async function registerGroup(input: Record<string, unknown>) {
  const r = await gql<{ registerGroupForEvent: Group }>(REGISTER_GROUP, { input });
  expect(r.errors).toBeUndefined();
  return r.data!.registerGroupForEvent;
}

describe('group registrations through the gateway', () => {
  it('registers a class of 28 and its 2 adults in one request: 30 seats, the organiser for staff only', async () => {
    const ev = await createEvent({ capacity: 100 });
    const made = await registerGroup(group(ev.id, 28, 2));
    expect(made).toMatchObject({
      status: 'CONFIRMED',
      seats: 30,
      requestedSeats: 30,
      position: null,
      emailConfirmed: false,
      organiser: null,
      event: { registeredCount: 30, remainingSeats: 70, waitlistCount: 0, groupSeatsCount: 30 },
    });
    expect(made.cancellationToken).toEqual(expect.any(String));
    const staff = await gql<{ event: { registrations: { edges: { node: Record<string, any> }[] } } }>(
      `query($id: ID!) { event(id: $id) { registrations { edges { node { seats ticketCode
        group { groupName organiser { organisation uai participants accompanying } } } } } } }`,
      { id: ev.id },
      { token: await adminToken() },
    );
    expect(staff.data!.event.registrations.edges[0]!.node).toMatchObject({
      seats: 30,
      ticketCode: expect.stringMatching(/^[A-Z2-9]{10}$/),
      group: {
        organiser: { organisation: 'Collège Pierre Varignon', uai: '0140013N', participants: 28, accompanying: 2 },
      },
    });
    // One organiser registers several classes, by name; the same name again is refused.
    const input = group(ev.id, 20, 2);
    await registerGroup(input);
    const again = await gql(REGISTER_GROUP, { input });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.groupName' });
    const other = await registerGroup({ ...input, groupName: `${input.groupName} bis` });
    expect(other.status).toBe('CONFIRMED');
  });

  it('refuses a UAI code whose letter is wrong, a group over the cap, and groups at a café', async () => {
    const ev = await createEvent({ capacity: 50, maxGroupSize: 25 });
    const wrong = await gql(REGISTER_GROUP, {
      input: group(ev.id, 10, 1, {
        organiser: {
          firstName: 'A',
          lastName: 'B',
          email: `x-${unique()}@example.org`,
          organisation: 'C',
          uai: '0140013M',
        },
      }),
    });
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.organiser.uai' });
    const tooBig = await gql(REGISTER_GROUP, { input: group(ev.id, 24, 2) });
    expect(tooBig.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.participants' });
  });

  it('keeps the seats reserved for individuals, waitlists a group as one block, or gives it the seats left', async () => {
    const ev = await createEvent({ capacity: 40, seatsReservedForIndividuals: 10 });
    expect((await registerGroup(group(ev.id, 25, 2))).status).toBe('CONFIRMED');
    // 3 seats left for groups (40 - 10 kept - 27): a class of 10 waits whole...
    const waiting = await registerGroup(group(ev.id, 9, 1));
    expect(waiting).toMatchObject({ status: 'WAITLISTED', seats: 10, position: 1, event: { waitlistCount: 10 } });
    // ...or takes the 3 seats when its organiser accepts fewer.
    const partial = await registerGroup(group(ev.id, 9, 1, { acceptFewerSeats: true }));
    expect(partial).toMatchObject({ status: 'CONFIRMED', seats: 3, requestedSeats: 10 });
    // Individuals still find the 10 seats kept for them.
    const person = await gql<{ registerForEvent: { status: string } }>(REGISTER, {
      input: { eventId: ev.id, attendee: attendee(`solo-${unique()}@example.org`) },
    });
    expect(person.data!.registerForEvent.status).toBe('CONFIRMED');
    // Cancelling the first class frees 27 seats: the waiting class is confirmed as one block.
    const first = await gql<{ event: { registrations: { edges: { node: { id: string; seats: number } }[] } } }>(
      'query($id: ID!) { event(id: $id) { registrations(status: CONFIRMED) { edges { node { id seats } } } } }',
      { id: ev.id },
      { token: await adminToken() },
    );
    const big = first.data!.event.registrations.edges.find((e) => e.node.seats === 27)!.node;
    await gql(
      'mutation($id: ID!) { cancelRegistration(input: { registrationId: $id }) { status } }',
      { id: big.id },
      { token: await adminToken() },
    );
    const after = await gql<{ event: Record<string, number> }>(
      'query($id: ID!) { event(id: $id) { registeredCount waitlistCount groupSeatsCount } }',
      { id: ev.id },
    );
    expect(after.data!.event).toEqual({ registeredCount: 14, waitlistCount: 0, groupSeatsCount: 13 });
  });

  it('checks a ticket in once, by the event’s staff only, and counts it as attended', async () => {
    const ev = await createEvent({ capacity: 10 });
    const made = await gql<{ registerForEvent: { id: string } }>(REGISTER, {
      input: { eventId: ev.id, attendee: attendee(`door-${unique()}@example.org`) },
    });
    const admin = await adminToken();
    const listed = await gql<{ event: { registrations: { edges: { node: { ticketCode: string } }[] } } }>(
      'query($id: ID!) { event(id: $id) { registrations { edges { node { ticketCode } } } } }',
      { id: ev.id },
      { token: admin },
    );
    const code = listed.data!.event.registrations.edges[0]!.node.ticketCode;
    const CHECK_IN =
      'mutation($input: CheckInInput!) { checkIn(input: $input) { id attended checkedInAt ticketCode } }';
    const input = { eventId: ev.id, code: `${code.slice(0, 5).toLowerCase()}-${code.slice(5)}` };
    expect((await gql(CHECK_IN, { input })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const first = await gql<{ checkIn: Record<string, unknown> }>(CHECK_IN, { input }, { token: admin });
    expect(first.data!.checkIn).toMatchObject({
      id: made.data!.registerForEvent.id,
      attended: true,
      checkedInAt: expect.any(String),
      ticketCode: code,
    });
    const twice = await gql(CHECK_IN, { input }, { token: admin });
    expect(twice.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.code' });
    const unknown = await gql(CHECK_IN, { input: { eventId: ev.id, code: 'ZZZZZZZZZZ' } }, { token: admin });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
