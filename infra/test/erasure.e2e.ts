import { IDENTITY_HEADER, signIdentity } from '@dm/shared';
import { adminToken, gql, unique } from '@dm/testing/stack';
import { graphqlClient } from '@dm/testing';
import { beforeAll, describe, expect, inject, it } from 'vitest';

const ERASE = 'mutation($email: String!) { erasePeoplePersonalData(email: $email) { recordsErased } }';
const DEACTIVATE = 'mutation($id: ID!) { deactivateAmbassador(id: $id) { id } }';
const TOMBSTONES =
  'query($s: DateTime!) { ambassadorTombstones(since: $s, first: 100) { edges { node { id removedAt } } } }';
// No other test touches the ambassadors of Manche (50); the contact requests are those of today.
const today = new Date().toISOString().slice(0, 10);
const DASHBOARD = `{ regionalDashboard(filter: { department: "50", from: "${today}", to: "${today}" }) {
  ambassadors { active byDepartment { department { code } count } byTradeFamily { family count } }
  contactRequests { sent answered expired } } }`;

const ok = <T>(r: { data?: T | null; errors?: unknown[] }) => {
  expect(r.errors).toBeUndefined();
  return r.data as T;
};

describe('an erased ambassador', () => {
  let admin: string;
  let tag: string;
  let companyId: string;
  let eventId: string;
  const registered: Record<'erased' | 'kept' | 'left', { id: string; email: string }> = {} as never;

  const register = async (who: 'erased' | 'kept' | 'left') => {
    const email = `${who}.${tag}@example.org`;
    const made = ok<{ registerAmbassador: { id: string } }>(
      await gql(
        'mutation($input: RegisterAmbassadorInput!) { registerAmbassador(input: $input) { id } }',
        {
          input: {
            firstName: 'Maëlle',
            lastName: `Effacable${who}`,
            email,
            jobTitle: `Soudeuse ${tag}`,
            romeCode: 'H2913',
            companyId,
            communeCode: '50502',
            interventionKinds: ['CLASS_TALK'],
          },
        },
        { token: admin },
      ),
    );
    registered[who] = { id: made.registerAmbassador.id, email };
  };

  /** Every way the graph shows ambassadors, and whether each of ours is in it. */
  const lookups = async (since: string) => {
    const { erased, kept } = registered;
    const data = ok<Record<string, any>>(
      await gql(
        `query($a: ID!, $k: ID!, $c: ID!, $e: ID!, $search: String!, $since: DateTime!) {
          erased: ambassador(id: $a) { id displayName jobTitle company { id } commune { code } }
          kept: ambassador(id: $k) { id }
          ofCompany: ambassadors(filter: { companyId: $c }, first: 100) { totalCount edges { node { id } } }
          search: ambassadors(filter: { search: $search }, first: 100) { edges { node { id } } }
          feed: ambassadors(filter: { updatedSince: $since, companyId: $c }, first: 100) { edges { node { id } } }
          company(id: $c) { ambassadors { id } }
          event(id: $e) { speakers { id displayName } }
        }`,
        { a: erased.id, k: kept.id, c: companyId, e: eventId, search: tag, since },
      ),
    );
    const ids = (list: { edges: { node: { id: string } }[] }) => list.edges.map((e) => e.node.id).sort();
    return {
      byId: data.erased,
      kept: data.kept?.id ?? null,
      ofCompany: ids(data.ofCompany),
      ofCompanyCount: data.ofCompany.totalCount,
      search: ids(data.search),
      feed: ids(data.feed),
      companyAmbassadors: data.company.ambassadors.map((a: { id: string }) => a.id).sort(),
      speakers: data.event.speakers,
    };
  };

  beforeAll(async () => {
    admin = await adminToken();
    tag = unique();
    companyId = ok<{ registerCompany: { id: string } }>(
      await gql(
        'mutation($n: String!) { registerCompany(input: { name: $n, communeCode: "50502" }) { id } }',
        { n: `Chaudronnerie ${tag}` },
        { token: admin },
      ),
    ).registerCompany.id;
    await register('erased');
    await register('kept');
    const start = new Date(Date.now() + 6 * 86_400_000);
    eventId = ok<{ createEvent: { id: string } }>(
      await gql(
        'mutation($input: CreateEventInput!) { createEvent(input: $input) { id } }',
        {
          input: {
            kind: 'SCHOOL_INTERVENTION',
            title: `Intervention ${tag}`,
            startsAt: start.toISOString(),
            endsAt: new Date(start.getTime() + 3_600_000).toISOString(),
            communeCode: '50502',
            audiences: ['COLLEGE_PUPIL'],
          },
        },
        { token: admin },
      ),
    ).createEvent.id;
    for (const who of ['erased', 'kept'] as const)
      ok(
        await gql(
          'mutation($e: ID!, $a: ID!) { addSpeaker(eventId: $e, ambassadorId: $a) { id } }',
          { e: eventId, a: registered[who].id },
          { token: admin },
        ),
      );
    ok(
      await gql('mutation($input: RequestContactInput!) { requestContact(input: $input) { id } }', {
        input: {
          ambassadorId: registered.erased.id,
          requester: { name: 'Parent curieux', email: `parent.${tag}@example.org`, role: 'PARENT', minor: false },
          message: 'Pourriez-vous venir présenter votre métier ?',
        },
      }),
    );
  });

  it('resolves to nothing for every caller, everywhere, and stays only as a tombstone', async () => {
    const since = new Date(Date.now() - 60_000).toISOString();
    const { erased, kept } = registered;
    const both = [erased.id, kept.id].sort();
    const before = await lookups(since);
    expect(before).toMatchObject({
      byId: { id: erased.id, displayName: 'Maëlle E.', company: { id: companyId }, commune: { code: '50502' } },
      kept: kept.id,
      search: both,
      feed: both,
      companyAmbassadors: both,
    });
    expect(before.ofCompany).toEqual(both);
    expect(before.speakers.map((s: { id: string }) => s.id).sort()).toEqual(both);

    const statisticsBefore = ok<{ regionalDashboard: Record<string, any> }>(await gql(DASHBOARD, {}, { token: admin }));
    const erasing = new Date();
    const erasedReport = ok<{ erasePeoplePersonalData: { recordsErased: number } }>(
      await gql(ERASE, { email: erased.email }, { token: admin }),
    );
    expect(erasedReport.erasePeoplePersonalData.recordsErased).toBeGreaterThanOrEqual(1); // and the mail queued to it

    // For the public, a partner's view and staff alike: nothing of the erased ambassador is left.
    const after = await lookups(since);
    expect(after).toMatchObject({
      byId: null,
      kept: kept.id,
      ofCompany: [kept.id],
      ofCompanyCount: 1,
      search: [kept.id],
      feed: [kept.id],
      companyAmbassadors: [kept.id],
    });
    // At once, the erased speaker resolves to null; within the events subgraph's next round of following
    // erasures (ERASURE_SYNC_MS), it is gone from the event, its id included (on a busy machine that round may
    // already have run).
    const keptSpeaker = { id: kept.id, displayName: 'Maëlle E.' };
    expect([[null, keptSpeaker], [keptSpeaker]]).toContainEqual(
      [...after.speakers].sort((a: unknown, b: unknown) => (a === null ? -1 : b === null ? 1 : 0)),
    );
    let speakerIds: string[] = [];
    for (let i = 0; i < 50; i++) {
      speakerIds = (await lookups(since)).speakers.map((s: { id: string } | null) => s?.id ?? null);
      if (speakerIds.length === 1) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(speakerIds).toEqual([kept.id]);
    const hisEvents = ok<{ events: { totalCount: number } }>(
      await gql('query($a: ID!) { events(filter: { ambassadorId: $a }) { totalCount } }', { a: erased.id }),
    );
    expect(hisEvents.events.totalCount).toBe(0);
    const asAdmin = ok<{ ambassador: unknown }>(
      await gql('query($a: ID!) { ambassador(id: $a) { id } }', { a: erased.id }, { token: admin }),
    );
    expect(asAdmin.ambassador).toBeNull();

    // Its contact requests still count. The erasure takes it out of the network, as a deactivation does:
    // one active ambassador less, and nothing else.
    const statisticsAfter = ok<{ regionalDashboard: Record<string, any> }>(await gql(DASHBOARD, {}, { token: admin }));
    expect(statisticsAfter.regionalDashboard.contactRequests).toEqual(
      statisticsBefore.regionalDashboard.contactRequests,
    );
    expect(statisticsBefore.regionalDashboard.contactRequests.sent).toBeGreaterThanOrEqual(1);
    expect(statisticsAfter.regionalDashboard.ambassadors.active).toBe(
      statisticsBefore.regionalDashboard.ambassadors.active - 1,
    );

    // The same through an entity reference sent straight to the people subgraph.
    const people = graphqlClient(inject('peopleUrl'));
    const identity = await signIdentity(
      { role: 'admin', departments: [], scopes: [], subject: 'admin:test' },
      inject('identitySecret'),
    );
    const entities = await people(
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Ambassador { id jobTitle } } }',
      {
        r: [
          { __typename: 'Ambassador', id: erased.id },
          { __typename: 'Ambassador', id: kept.id },
        ],
      },
      { headers: { [IDENTITY_HEADER]: identity } },
    );
    expect(entities.data).toEqual({ _entities: [null, { id: kept.id, jobTitle: `Soudeuse ${tag}` }] });

    // Partners keeping a copy learn that it left, at the time of the erasure.
    const tombs = ok<{ ambassadorTombstones: { edges: { node: { id: string; removedAt: string } }[] } }>(
      await gql(TOMBSTONES, { s: since }, { token: admin }),
    );
    const tomb = tombs.ambassadorTombstones.edges.find((e) => e.node.id === erased.id)?.node;
    expect(tomb).toBeDefined();
    expect(new Date(tomb!.removedAt).getTime()).toBeGreaterThanOrEqual(erasing.getTime() - 1000);
    expect(tombs.ambassadorTombstones.edges.map((e) => e.node.id)).not.toContain(kept.id);

    // Nobody changes, deactivates or contacts it any more.
    const change = await gql(
      'mutation($id: ID!) { updateAmbassador(input: { id: $id, jobTitle: "Revenue" }) { id } }',
      { id: erased.id },
      { token: admin },
    );
    expect(change.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.id' });
    expect((await gql(DEACTIVATE, { id: erased.id }, { token: admin })).errors?.[0]?.extensions?.code).toBe(
      'NOT_FOUND',
    );
    const contact = await gql('mutation($input: RequestContactInput!) { requestContact(input: $input) { id } }', {
      input: {
        ambassadorId: erased.id,
        requester: { name: 'Autre parent', email: `autre.${tag}@example.org`, role: 'PARENT', minor: false },
        message: 'Bonjour',
      },
    });
    // To the public, an erased ambassador is one that does not exist.
    expect(contact.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.ambassadorId' });
  });

  it('changes no statistic by the erasure itself: the anonymised row and its contact requests still count', async () => {
    await register('left');
    const { left } = registered;
    // An ambassador who left the network, then asks to be erased.
    ok(await gql(DEACTIVATE, { id: left.id }, { token: admin }));
    const deactivated = ok<{ ambassadorTombstones: { edges: { node: { id: string; removedAt: string } }[] } }>(
      await gql(TOMBSTONES, { s: new Date(Date.now() - 60_000).toISOString() }, { token: admin }),
    ).ambassadorTombstones.edges.find((e) => e.node.id === left.id)!.node;

    const before = ok(await gql(DASHBOARD, {}, { token: admin }));
    expect(before).toMatchObject({ regionalDashboard: { contactRequests: { sent: expect.any(Number) } } });
    ok(await gql(ERASE, { email: left.email }, { token: admin }));
    expect(ok(await gql(DASHBOARD, {}, { token: admin }))).toEqual(before);

    // Its tombstone moved to the time of the erasure, so that a partner who synced since learns it again.
    const tombs = ok<{ ambassadorTombstones: { edges: { node: { id: string; removedAt: string } }[] } }>(
      await gql(TOMBSTONES, { s: deactivated.removedAt }, { token: admin }),
    );
    const tomb = tombs.ambassadorTombstones.edges.find((e) => e.node.id === left.id)?.node;
    expect(tomb).toBeDefined();
    expect(new Date(tomb!.removedAt).getTime()).toBeGreaterThan(new Date(deactivated.removedAt).getTime());
    expect(
      ok<{ ambassador: unknown }>(await gql('query($a: ID!) { ambassador(id: $a) { id } }', { a: left.id })),
    ).toEqual({ ambassador: null });
  });
});
