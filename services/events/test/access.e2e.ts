import { seedId } from '@dm/shared';
import { adminToken, gql, token, unique } from '@dm/testing/stack';
import { beforeAll, describe, expect, it } from 'vitest';
import { attendee, inDays, REGISTER } from './helpers.ts';

const CREATE = 'mutation($input: CreateEventInput!) { createEvent(input: $input) { id online department { code } } }';
const ATTENDEES = `query($id: ID!) { event(id: $id) { department { code }
  registrations { totalCount edges { node { id attendee { lastName email minor } } } } } }`;
const UPDATE = 'mutation($input: UpdateEventInput!) { updateEvent(input: $input) { id capacity department { code } } }';
const CANCEL_REGISTRATION =
  'mutation($id: ID!) { cancelRegistration(input: { registrationId: $id }) { id status attendee { email } } }';
const ATTENDANCE =
  'mutation($e: ID!, $r: [ID!]!) { recordAttendance(input: { eventId: $e, registrationIds: $r, attended: true }) { id attendee { email } } }';
const CANCEL_EVENT = 'mutation($id: ID!) { cancelEvent(id: $id) { id status } }';

const onlineInput = (changes: Record<string, unknown> = {}) => ({
  kind: 'VIRTUAL_FAIR',
  title: `Salon en ligne ${unique()}`,
  startsAt: inDays(12, 8),
  endsAt: inDays(12, 12),
  online: true,
  url: 'https://example.org/salon',
  capacity: 20,
  audiences: ['COLLEGE_PUPIL'],
  ...changes,
});

type Created = { createEvent: { id: string; online: boolean; department: { code: string } | null } };
const codeOf = (r: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => r.errors?.[0]?.extensions?.code;

/** An online event with one registered minor, as the given creator. */
async function onlineEventWithMinor(creator: string, changes: Record<string, unknown> = {}) {
  const created = await gql<Created>(CREATE, { input: onlineInput(changes) }, { token: creator });
  expect(created.errors).toBeUndefined();
  const ev = created.data!.createEvent;
  const email = `minor-${unique()}@example.org`;
  const registered = await gql<{ registerForEvent: { id: string } }>(REGISTER, {
    input: {
      eventId: ev.id,
      attendee: attendee(email, {
        category: 'COLLEGE_PUPIL',
        minor: true,
        birthDate: '2013-05-01',
        guardianConsent: true,
      }),
    },
  });
  expect(registered.errors).toBeUndefined();
  return { ...ev, email, registrationId: registered.data!.registerForEvent.id };
}

describe('online events belong to the department of their organiser', () => {
  let admin: string;
  let coordinator14: string;
  let of14: Awaited<ReturnType<typeof onlineEventWithMinor>>;
  let of50: Awaited<ReturnType<typeof onlineEventWithMinor>>;
  let regionWide: Awaited<ReturnType<typeof onlineEventWithMinor>>;
  beforeAll(async () => {
    admin = await adminToken();
    coordinator14 = await token({ role: 'coordinator', departments: ['14'], subject: 'coordinator:14' });
    of14 = await onlineEventWithMinor(coordinator14); // their only department, by default
    of50 = await onlineEventWithMinor(await token({ role: 'coordinator', departments: ['50'] }));
    regionWide = await onlineEventWithMinor(admin);
  });

  it("takes the creator's department: a coordinator's only one, none (region-wide) for an admin", () => {
    expect(of14).toMatchObject({ online: true, department: { code: '14' } });
    expect(of50.department).toEqual({ code: '50' });
    expect(regionWide.department).toBeNull();
  });

  it("lets a coordinator of 14 read the attendees of 14's online event only", async () => {
    const mine = await gql<{ event: { registrations: { edges: { node: { attendee: Record<string, unknown> } }[] } } }>(
      ATTENDEES,
      { id: of14.id },
      { token: coordinator14 },
    );
    expect(mine.errors).toBeUndefined();
    expect(mine.data!.event.registrations.edges.map((e) => e.node.attendee)).toEqual([
      { lastName: 'Marie', email: of14.email, minor: true },
    ]);
    for (const other of [of50, regionWide]) {
      const refused = await gql<{ event: { registrations: unknown } }>(
        ATTENDEES,
        { id: other.id },
        { token: coordinator14 },
      );
      expect(codeOf(refused)).toBe('FORBIDDEN');
      expect(refused.data?.event?.registrations ?? null).toBeNull();
      expect(JSON.stringify(refused)).not.toContain(other.email);
    }
  });

  it('lets a coordinator of 14 change, and cancel registrations of, no online event but 14’s', async () => {
    for (const other of [of50, regionWide]) {
      expect(codeOf(await gql(UPDATE, { input: { id: other.id, capacity: 30 } }, { token: coordinator14 }))).toBe(
        'FORBIDDEN',
      );
      const cancel = await gql(CANCEL_REGISTRATION, { id: other.registrationId }, { token: coordinator14 });
      expect(codeOf(cancel)).toBe('FORBIDDEN');
      expect(JSON.stringify(cancel)).not.toContain(other.email);
      const attendance = await gql(ATTENDANCE, { e: other.id, r: [other.registrationId] }, { token: coordinator14 });
      expect(codeOf(attendance)).toBe('FORBIDDEN');
      expect(codeOf(await gql(CANCEL_EVENT, { id: other.id }, { token: coordinator14 }))).toBe('FORBIDDEN');
    }
    // Still there, unchanged, for the admin.
    const intact = await gql<{ event: { registrations: { totalCount: number } } }>(
      ATTENDEES,
      { id: regionWide.id },
      { token: admin },
    );
    expect(intact.data!.event.registrations.totalCount).toBe(1);

    const updated = await gql(UPDATE, { input: { id: of14.id, capacity: 25 } }, { token: coordinator14 });
    expect(updated.data).toEqual({ updateEvent: { id: of14.id, capacity: 25, department: { code: '14' } } });
    // Past the access check, attendance waits for the event to start; cancelling a seat is possible now.
    const attendance = await gql(ATTENDANCE, { e: of14.id, r: [of14.registrationId] }, { token: coordinator14 });
    expect(attendance.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.eventId' });
    const cancelled = await gql(CANCEL_REGISTRATION, { id: of14.registrationId }, { token: coordinator14 });
    expect(cancelled.data).toMatchObject({
      cancelRegistration: { status: 'CANCELLED', attendee: { email: of14.email } },
    });
    // Moving their event to a department that is not theirs is refused.
    const moved = await gql(UPDATE, { input: { id: of14.id, department: '50' } }, { token: coordinator14 });
    expect(codeOf(moved)).toBe('FORBIDDEN');
  });

  it('lets an admin read and change the attendees of every online event, region-wide ones included', async () => {
    for (const ev of [of14, of50, regionWide]) {
      const read = await gql<{ event: { registrations: { edges: { node: { attendee: { email: string } } }[] } } }>(
        ATTENDEES,
        { id: ev.id },
        { token: admin },
      );
      expect(read.errors).toBeUndefined();
      expect(read.data!.event.registrations.edges.map((e) => e.node.attendee.email)).toContain(ev.email);
    }
    const cancelled = await gql(CANCEL_REGISTRATION, { id: regionWide.registrationId }, { token: admin });
    expect(cancelled.data).toMatchObject({
      cancelRegistration: { status: 'CANCELLED', attendee: { email: regionWide.email } },
    });
    // An admin hands a region-wide event to a department, whose coordinators then manage it.
    const handed = await gql(UPDATE, { input: { id: regionWide.id, department: '14' } }, { token: admin });
    expect(handed.data).toMatchObject({ updateEvent: { department: { code: '14' } } });
    expect(codeOf(await gql(ATTENDEES, { id: regionWide.id }, { token: coordinator14 }))).toBeUndefined();
    const back = await gql(UPDATE, { input: { id: regionWide.id, department: null } }, { token: admin });
    expect(back.data).toMatchObject({ updateEvent: { department: null } });
    expect(codeOf(await gql(ATTENDEES, { id: regionWide.id }, { token: coordinator14 }))).toBe('FORBIDDEN');
  });

  it("lists a department's online events with its other events, not the region-wide ones", async () => {
    const LIST = `query($d: String!, $from: Date) { events(filter: { department: $d, from: $from }, first: 100) {
      edges { node { id online department { code } } } } }`;
    const from = new Date().toISOString().slice(0, 10);
    const ids = async (d: string) => {
      const r = await gql<{ events: { edges: { node: { id: string; department: { code: string } } }[] } }>(LIST, {
        d,
        from,
      });
      expect(r.errors).toBeUndefined();
      for (const e of r.data!.events.edges) expect(e.node.department.code).toBe(d);
      return r.data!.events.edges.map((e) => e.node.id);
    };
    const in14 = await ids('14');
    expect(in14).toContain(of14.id);
    expect(in14).not.toContain(of50.id);
    expect(await ids('50')).toContain(of50.id);
  });

  it('makes a coordinator of several departments name one of theirs', async () => {
    const both = await token({ role: 'coordinator', departments: ['14', '50'] });
    const unnamed = await gql(CREATE, { input: onlineInput() }, { token: both });
    expect(unnamed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.department' });
    const named = await gql<Created>(CREATE, { input: onlineInput({ department: '50' }) }, { token: both });
    expect(named.data?.createEvent.department).toEqual({ code: '50' });
    expect(codeOf(await gql(CREATE, { input: onlineInput({ department: '61' }) }, { token: both }))).toBe('FORBIDDEN');
    const unknown = await gql(CREATE, { input: onlineInput({ department: '75' }) }, { token: both });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.department' });
    const referentWithout = await token({ role: 'referent', person: '00000000-0000-4000-8000-0000000000aa' });
    expect(codeOf(await gql(CREATE, { input: onlineInput() }, { token: referentWithout }))).toBe('FORBIDDEN');
  });

  it('takes the department of an event on site from its commune', async () => {
    const onSite = {
      kind: 'FORUM',
      title: `Forum ${unique()}`,
      startsAt: inDays(12, 8),
      endsAt: inDays(12, 12),
      communeCode: '14118',
      audiences: ['PARENT'],
    };
    const mismatch = await gql(CREATE, { input: { ...onSite, department: '50' } }, { token: admin });
    expect(mismatch.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.department' });
    const matching = await gql<Created>(CREATE, { input: { ...onSite, department: '14' } }, { token: admin });
    expect(matching.data?.createEvent.department).toEqual({ code: '14' });
    const moved = await gql(
      UPDATE,
      { input: { id: matching.data!.createEvent.id, department: '50' } },
      { token: admin },
    );
    expect(moved.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.department' });
  });

  it('lets the partner key that created a region-wide online event change it, never see its attendees nor record their attendance', async () => {
    const key = await gql<{ createApiKey: { secret: string } }>(
      'mutation($p: String!) { createApiKey(input: { partner: $p, scopes: [READ_PUBLIC, WRITE_EVENTS] }) { secret } }',
      { p: `Plateforme ${unique()}` },
      { token: admin },
    );
    const partner = { headers: { 'x-api-key': key.data!.createApiKey.secret } };
    const made = await gql<Created>(CREATE, { input: onlineInput() }, partner);
    expect(made.data?.createEvent.department).toBeNull();
    const id = made.data!.createEvent.id;
    expect((await gql(UPDATE, { input: { id, capacity: 40 } }, partner)).data).toMatchObject({
      updateEvent: { capacity: 40 },
    });
    expect(codeOf(await gql(ATTENDEES, { id }, partner))).toBe('FORBIDDEN');
    expect(codeOf(await gql(ATTENDANCE, { e: id, r: [] }, partner))).toBe('FORBIDDEN');
    // The staff who manage it may (once it has started).
    expect(codeOf(await gql(ATTENDANCE, { e: id, r: [] }, { token: admin }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(ATTENDEES, { id }, { token: coordinator14 }))).toBe('FORBIDDEN');
    expect(codeOf(await gql(UPDATE, { input: { id, capacity: 41 } }, { token: coordinator14 }))).toBe('FORBIDDEN');
  });

  it("keeps the seed's regional virtual fair region-wide: its attendees are the admins' to see", async () => {
    const fair = await gql<{ event: { online: boolean; department: null } }>(
      'query($id: ID!) { event(id: $id) { online department { code } } }',
      { id: seedId('event', 'virtual-fair-2019') },
    );
    expect(fair.data!.event).toEqual({ online: true, department: null });
    const refused = await gql(ATTENDEES, { id: seedId('event', 'virtual-fair-2019') }, { token: coordinator14 });
    expect(codeOf(refused)).toBe('FORBIDDEN');
  });
});
