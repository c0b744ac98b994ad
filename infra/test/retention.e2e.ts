import { signBearerToken } from '@dm/shared';
import { graphqlClient } from '@dm/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Stack, startLocalStack } from '../src/stack.ts';

// The purge runs on a schedule inside each subgraph; this file starts its own stack (PGlite in memory)
// so that it can run the purge "years later" and look at what is left.
describe.runIf(inject('database') === 'pglite')('retention', () => {
  let stack: Stack;
  const secret = 'retention-test-secret-retention-test-secret';
  beforeAll(async () => {
    stack = await startLocalStack({
      seed: 'facts',
      env: { AUTH_JWT_SECRET: secret, RATE_LIMIT_PUBLIC_MUTATIONS_PER_HOUR: '1000' },
    });
  });
  afterAll(() => stack?.stop());

  it('anonymises attendees, requesters and parents once their periods are over, and audits the purge', async () => {
    const gql = graphqlClient(stack.gatewayUrl);
    const admin = await signBearerToken({ role: 'admin' }, secret);
    const email = 'retenu@example.org';
    const start = new Date(Date.now() + 3 * 86_400_000);
    const end = new Date(start.getTime() + 3_600_000);
    const company = await gql<{ registerCompany: { id: string } }>(
      'mutation { registerCompany(input: { name: "Retenue", communeCode: "14118" }) { id } }',
      {},
      { token: admin },
    );
    const companyId = company.data!.registerCompany.id;
    const offer = await gql<{ publishImmersionOffer: { id: string } }>(
      'mutation($c: ID!) { publishImmersionOffer(input: { companyId: $c, romeCode: "D1102", title: "Pain", places: 2, durationDays: 2, audiences: [STUDENT] }) { id } }',
      { c: companyId },
      { token: admin },
    );
    await gql(
      'mutation($o: ID!, $e: String!) { requestImmersion(input: { offerId: $o, requester: { firstName: "R", lastName: "Retenu", email: $e, category: STUDENT, minor: false } }) { id } }',
      { o: offer.data!.publishImmersionOffer.id, e: email },
    );
    const ev = await gql<{ createEvent: { id: string } }>(
      'mutation($s: DateTime!, $t: DateTime!) { createEvent(input: { kind: FORUM, title: "Forum retenu", startsAt: $s, endsAt: $t, communeCode: "14118", audiences: [PARENT] }) { id } }',
      { s: start.toISOString(), t: end.toISOString() },
      { token: admin },
    );
    await gql(
      'mutation($e: ID!, $m: String!) { registerForEvent(input: { eventId: $e, attendee: { firstName: "R", lastName: "Retenu", email: $m, category: PARENT, minor: false } }) { id } }',
      { e: ev.data!.createEvent.id, m: email },
    );
    const cafe = await gql<{ createParentsCafe: { id: string } }>(
      'mutation($s: DateTime!) { createParentsCafe(input: { title: "Café retenu", startsAt: $s, communeCode: "14118", facilitatorName: "A" }) { id } }',
      { s: start.toISOString() },
      { token: admin },
    );
    await gql(
      'mutation($c: ID!, $m: String!) { registerForParentsCafe(input: { cafeId: $c, parent: { firstName: "R", lastName: "Retenu", email: $m } }) { id } }',
      { c: cafe.data!.createParentsCafe.id, m: email },
    );
    // An ambassador who left the network.
    const ambassador = await gql<{ registerAmbassador: { id: string } }>(
      'mutation($c: ID!) { registerAmbassador(input: { firstName: "Alix", lastName: "Partie", email: "partie@example.org", jobTitle: "Boulangère", romeCode: "D1102", companyId: $c, communeCode: "14118", interventionKinds: [CLASS_TALK] }) { id } }',
      { c: companyId },
      { token: admin },
    );
    const ambassadorId = ambassador.data!.registerAmbassador.id;
    await gql('mutation($id: ID!) { deactivateAmbassador(id: $id) { id } }', { id: ambassadorId }, { token: admin });
    const AMBASSADOR = 'query($id: ID!) { ambassador(id: $id) { id } }';

    const EXPORT = 'query($e: String!) { dataSubject(email: $e) { companies events people } }';
    const count = async () => {
      const r = await gql<{ dataSubject: Record<string, Record<string, unknown[]>> }>(
        EXPORT,
        { e: email },
        { token: admin },
      );
      return Object.values(r.data!.dataSubject)
        .flatMap((part) => Object.values(part))
        .reduce((n, list) => n + list.length, 0);
    };
    // The mails asking to confirm the two registrations go out now (purged a month after sending).
    for (const sender of Object.values(stack.mail)) await sender.runOnce();
    // Three records, and the two mails.
    expect(await count()).toBe(5);
    expect((await gql(AMBASSADOR, { id: ambassadorId })).data).toEqual({ ambassador: { id: ambassadorId } });

    // Nothing is due yet today.
    const today = await stack.purge();
    expect(Object.values(today).reduce((a, b) => a + b, 0)).toBe(0);
    expect(await count()).toBe(5);

    // Two years later every period is over.
    const purged = await stack.purge(new Date(Date.now() + 2 * 365 * 86_400_000));
    expect(purged).toMatchObject({ immersionRequests: 1, eventAttendees: 1, cafeParents: 1, ambassadors: 1 });
    expect(await count()).toBe(0);
    // Anonymised, the ambassador is erased: it resolves to nothing any more (it was shown until then).
    expect((await gql(AMBASSADOR, { id: ambassadorId })).data).toEqual({ ambassador: null });
    const log = await gql<{ auditLog: Record<string, { edges: { node: { action: string; details: string } }[] }> }>(
      '{ auditLog { companies { edges { node { action details } } } events { edges { node { action details } } } people { edges { node { action details } } } } }',
      {},
      { token: admin },
    );
    for (const part of ['companies', 'events', 'people']) {
      expect(log.data!.auditLog[part]!.edges.map((e) => e.node.action)).toContain('PURGE');
    }
    expect(JSON.stringify(log.data)).not.toContain(email);
  });
});
