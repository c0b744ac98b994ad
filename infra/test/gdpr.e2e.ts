import { adminToken, gql, token, unique } from '@dm/testing/stack';
import { describe, expect, it } from 'vitest';
import { plantPersonalData, stringsOf } from './personal-data.ts';

const EXPORT = `query($email: String!) { dataSubject(email: $email) { email companies events people } }`;
const ERASE = `mutation($email: String!) {
  companies: eraseCompaniesPersonalData(email: $email) { recordsErased }
  events: eraseEventsPersonalData(email: $email) { recordsErased }
  people: erasePeoplePersonalData(email: $email) { recordsErased }
}`;
// Only this test plants events and cafés in that month: their totals are its own.
const DAY = '2031-03-12';
const DASHBOARD = `{ regionalDashboard(filter: { department: "76", from: "2031-03-01", to: "2031-03-31" }) {
  events { total registrations } parentsCafes { upcoming } } }`;
const COUNTS = `query($o: ID!, $e: ID!, $c: ID!, $a: ID!) {
  immersionOffer(id: $o) { remainingPlaces requests { totalCount } }
  event(id: $e) { registeredCount }
  parentsCafe(id: $c) { registeredCount }
  ambassador(id: $a) { responseRate }
}`;

describe("a data subject's rights", () => {
  it('exports everything held about an address in one request, erases it everywhere in one, and keeps the totals', async () => {
    const admin = await adminToken();
    const planted = await plantPersonalData(unique(), DAY);

    const exported = await gql<{ dataSubject: { email: string; companies: any; events: any; people: any } }>(
      EXPORT,
      { email: planted.email.toUpperCase() },
      { token: admin },
    );
    expect(exported.errors).toBeUndefined();
    const data = exported.data!.dataSubject;
    expect(data.companies.immersionRequests).toHaveLength(1);
    expect(data.companies.immersionRequests[0]).toMatchObject({
      lastName: planted.lastName,
      phone: planted.phone,
      message: planted.message,
    });
    // The event's registration and the café's (cafés are events of the events subgraph).
    expect(data.events.registrations).toHaveLength(2);
    expect(data.events.registrations.map((r: { ticketCode: string }) => r.ticketCode)).toEqual([
      expect.any(String),
      expect.any(String),
    ]);
    expect(data.people.contactRequests).toHaveLength(1);
    const ambassadorExport = await gql<{ dataSubject: { people: any } }>(
      EXPORT,
      { email: `amb.${planted.email}` },
      { token: admin },
    );
    expect(ambassadorExport.data!.dataSubject.people.ambassadors[0]).toMatchObject({
      lastName: `Amb${planted.lastName}`,
    });

    const before = (await gql(DASHBOARD, {}, { token: admin })).data;
    const ids = { o: planted.offerId, e: planted.eventId, c: planted.cafeId, a: planted.ambassadorId };
    const countsBefore = (await gql(COUNTS, ids, { token: admin })).data;
    expect(countsBefore).toMatchObject({ event: { registeredCount: 1 }, parentsCafe: { registeredCount: 1 } });
    const erased = await gql<Record<string, { recordsErased: number }>>(
      ERASE,
      { email: planted.email },
      { token: admin },
    );
    expect(erased.errors).toBeUndefined();
    // The immersion request, and the company's notice of it (which quotes the requester).
    expect(erased.data!.companies!.recordsErased).toBe(2);
    // The event's and the café's registrations, and the mails asking to confirm them.
    expect(erased.data!.events!.recordsErased).toBe(4);
    expect(erased.data!.people!.recordsErased).toBeGreaterThanOrEqual(1);

    // No trace of the person anywhere: the export is empty and no response mentions them.
    const after = await gql<{ dataSubject: Record<string, Record<string, unknown[]>> }>(
      EXPORT,
      { email: planted.email },
      { token: admin },
    );
    for (const part of ['companies', 'events', 'people']) {
      for (const list of Object.values(after.data!.dataSubject[part]!)) expect(list).toEqual([]);
    }
    const views = await gql(
      `query($o: ID!, $e: ID!, $c: ID!) {
        immersionOffer(id: $o) { requests { edges { node { requester { firstName lastName email phone } message } } } }
        event(id: $e) { registrations { edges { node { attendee { firstName lastName email } } } } }
        parentsCafe(id: $c) { registrations { edges { node { parent { firstName lastName email } } } } }
        contactRequests(first: 100) { edges { node { requesterName message } } }
        auditLog { companies { edges { node { action details recordType } } } events { edges { node { action } } } people { edges { node { action details } } } }
      }`,
      { o: planted.offerId, e: planted.eventId, c: planted.cafeId },
      { token: admin },
    );
    expect(views.errors).toBeUndefined();
    const text = stringsOf(views.data).join('\n');
    for (const trace of [planted.email, planted.lastName, planted.phone, planted.message])
      expect(text).not.toContain(trace);
    expect(text).toContain('ERASE');

    // Statistics still add up: the records stay, anonymised.
    expect((await gql(DASHBOARD, {}, { token: admin })).data).toEqual(before);
    expect((await gql(COUNTS, ids, { token: admin })).data).toEqual(countsBefore);

    // Erasing again finds nothing: the operation is idempotent.
    const again = await gql<Record<string, { recordsErased: number }>>(
      ERASE,
      { email: planted.email },
      { token: admin },
    );
    expect(Object.values(again.data!).map((r) => r.recordsErased)).toEqual([0, 0, 0]);
  });

  it('is for admins only', async () => {
    const coordinator = await token({ role: 'coordinator', departments: ['76'] });
    expect(
      (await gql(EXPORT, { email: 'someone@example.org' }, { token: coordinator })).errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
    expect(
      (await gql(ERASE, { email: 'someone@example.org' }, { token: coordinator })).errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
    expect((await gql(EXPORT, { email: 'someone@example.org' })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('records staff reads of personal data, listed for admins', async () => {
    const planted = await plantPersonalData(unique());
    const coordinator = await token({ role: 'coordinator', departments: ['76'], subject: 'coordinator:audit-test' });
    await gql(
      'query($id: ID!) { event(id: $id) { registrations { edges { node { id attendee { email } } } } } }',
      { id: planted.eventId },
      { token: coordinator },
    );
    const log = await gql<{ auditLog: { events: { edges: { node: Record<string, string> }[] } } }>(
      '{ auditLog { events(first: 20) { edges { node { actor role action recordType recordId } } } } }',
      {},
      { token: await adminToken() },
    );
    expect(log.data!.auditLog.events.edges.map((e) => e.node)).toContainEqual(
      expect.objectContaining({
        actor: 'coordinator:audit-test',
        role: 'coordinator',
        action: 'READ_PERSONAL_DATA',
        recordType: 'Registration',
      }),
    );
    expect(
      (await gql('{ auditLog { events { edges { node { id } } } } }', {}, { token: coordinator })).errors?.[0]
        ?.extensions?.code,
    ).toBe('FORBIDDEN');
  });
});
