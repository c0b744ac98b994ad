import { adminToken, gql, token } from '@dm/testing/stack';
import { describe, expect, it } from 'vitest';

const CREATE =
  'mutation($p: String!, $s: [ApiScope!]!) { createApiKey(input: { partner: $p, scopes: $s }) { secret apiKey { id partner scopes prefix lastUsedAt } } }';
type Created = { createApiKey: { secret: string; apiKey: { id: string; prefix: string; lastUsedAt: string | null } } };

describe('partner keys', () => {
  it('are created by admins with their secret shown once, used through x-api-key, recorded when used, revoked and rotated', async () => {
    const admin = await adminToken();
    expect(
      (
        await gql(
          CREATE,
          { p: 'X', s: ['READ_PUBLIC'] },
          { token: await token({ role: 'coordinator', departments: ['14'] }) },
        )
      ).errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
    const created = await gql<Created>(
      CREATE,
      { p: 'France Travail Rouen', s: ['READ_PUBLIC', 'READ_STATISTICS'] },
      { token: admin },
    );
    const { secret, apiKey } = created.data!.createApiKey;
    expect(secret.startsWith(apiKey.prefix)).toBe(true);

    const DASH = '{ regionalDashboard { charters { total } } }';
    const withKey = await gql(DASH, {}, { headers: { 'x-api-key': secret } });
    expect(withKey.errors).toBeUndefined();
    const publicOnly = (await gql<Created>(CREATE, { p: 'Lycée', s: ['READ_PUBLIC'] }, { token: admin })).data!
      .createApiKey.secret;
    expect((await gql(DASH, {}, { headers: { 'x-api-key': publicOnly } })).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );

    const LIST =
      '{ apiKeys(includeRevoked: true, first: 100) { edges { node { id partner lastUsedAt revokedAt rotatedFrom } } } }';
    const listed = await gql<{ apiKeys: { edges: { node: Record<string, string | null> }[] } }>(
      LIST,
      {},
      { token: admin },
    );
    const mine = listed.data!.apiKeys.edges.find((e) => e.node.id === apiKey.id)!.node;
    expect(mine.lastUsedAt).not.toBeNull();
    expect(JSON.stringify(listed.data)).not.toContain(secret);

    const rotated = await gql<{ rotateApiKey: { secret: string; apiKey: { id: string } } }>(
      'mutation($id: ID!) { rotateApiKey(id: $id) { secret apiKey { id } } }',
      { id: apiKey.id },
      { token: admin },
    );
    const fresh = rotated.data!.rotateApiKey.secret;
    const old = await gql('{ departments { code } }', {}, { headers: { 'x-api-key': secret } });
    expect(old.status).toBe(401);
    expect(old.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await gql('{ departments { code } }', {}, { headers: { 'x-api-key': fresh } })).errors).toBeUndefined();

    await gql(
      'mutation($id: ID!) { revokeApiKey(id: $id) { revokedAt } }',
      { id: rotated.data!.rotateApiKey.apiKey.id },
      { token: admin },
    );
    expect(
      (await gql('{ departments { code } }', {}, { headers: { 'x-api-key': fresh } })).errors?.[0]?.extensions?.code,
    ).toBe('UNAUTHENTICATED');
  });

  it('are rate limited, with RateLimit headers and RATE_LIMITED past the budget', async () => {
    const secret = (
      await gql<Created>(CREATE, { p: 'Plateforme pressée', s: ['READ_PUBLIC'] }, { token: await adminToken() })
    ).data!.createApiKey.secret;
    const first = await gql('{ departments { code } }', {}, { headers: { 'x-api-key': secret } });
    expect(first.headers.get('ratelimit-limit')).toBe('200');
    expect(Number(first.headers.get('ratelimit-remaining'))).toBe(199);
    let limited: Awaited<ReturnType<typeof gql>> | undefined;
    for (let i = 0; i < 210 && !limited; i++) {
      const r = await gql('{ departments { code } }', {}, { headers: { 'x-api-key': secret } });
      if (r.status === 429) limited = r;
    }
    expect(limited?.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect(Number(limited?.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(limited?.headers.get('ratelimit-remaining')).toBe('0');
  });

  it('page through a change feed of companies without missing or repeating one', async () => {
    const secret = (await gql<Created>(CREATE, { p: 'Synchro', s: ['READ_PUBLIC'] }, { token: await adminToken() }))
      .data!.createApiKey.secret;
    const since = '2000-01-01T00:00:00Z';
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 30; page++) {
      const r: { data?: any } = await gql(
        'query($since: DateTime, $after: String) { companies(filter: { updatedSince: $since }, first: 25, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id updatedAt } } } }',
        { since, after },
        { headers: { 'x-api-key': secret } },
      );
      seen.push(...r.data.companies.edges.map((e: any) => e.node.id));
      if (!r.data.companies.pageInfo.hasNextPage) break;
      after = r.data.companies.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBeGreaterThanOrEqual(58);
  });

  it('learn which ambassadors changed and which left the network', async () => {
    const admin = await adminToken();
    const secret = (await gql<Created>(CREATE, { p: 'Synchro ambassadeurs', s: ['READ_PUBLIC'] }, { token: admin }))
      .data!.createApiKey.secret;
    const since = new Date(Date.now() - 1000).toISOString();
    const key = { headers: { 'x-api-key': secret } };
    const companies = await gql<{ companies: { edges: { node: { id: string } }[] } }>(
      '{ companies(filter: { search: "lactalis" }) { edges { node { id } } } }',
    );
    const companyId = companies.data!.companies.edges[0]!.node.id;
    const made = await gql<{ registerAmbassador: { id: string } }>(
      'mutation($input: RegisterAmbassadorInput!) { registerAmbassador(input: $input) { id } }',
      {
        input: {
          firstName: 'Flux',
          lastName: 'Partenaire',
          email: `flux-${Date.now()}@example.org`,
          jobTitle: 'Fromager',
          romeCode: 'D1103',
          companyId,
          communeCode: '14118',
          interventionKinds: ['CLASS_TALK'],
        },
      },
      { token: admin },
    );
    const id = made.data!.registerAmbassador.id;
    const FEED =
      'query($s: DateTime) { ambassadors(filter: { updatedSince: $s }, first: 100) { edges { node { id active } } } }';
    const changed = await gql<{ ambassadors: { edges: { node: { id: string } }[] } }>(FEED, { s: since }, key);
    expect(changed.data!.ambassadors.edges.map((e) => e.node.id)).toContain(id);

    await gql('mutation($id: ID!) { deactivateAmbassador(id: $id) { id } }', { id }, { token: admin });
    const TOMBS =
      'query($s: DateTime!) { ambassadorTombstones(since: $s, first: 100) { edges { node { id removedAt } } } }';
    const gone = await gql<{ ambassadorTombstones: { edges: { node: { id: string; removedAt: string } }[] } }>(
      TOMBS,
      { s: since },
      key,
    );
    expect(gone.data!.ambassadorTombstones.edges.map((e) => e.node.id)).toContain(id);
    const after = await gql<{ ambassadors: { edges: { node: { id: string } }[] } }>(FEED, { s: since }, key);
    expect(after.data!.ambassadors.edges.map((e) => e.node.id)).not.toContain(id);
  });

  it("with WRITE_EVENTS create and change their own events, and no one else's, without seeing attendees", async () => {
    const admin = await adminToken();
    const writer = (
      await gql<Created>(CREATE, { p: 'Mission locale', s: ['READ_PUBLIC', 'WRITE_EVENTS'] }, { token: admin })
    ).data!.createApiKey.secret;
    const other = (
      await gql<Created>(CREATE, { p: 'Autre partenaire', s: ['READ_PUBLIC', 'WRITE_EVENTS'] }, { token: admin })
    ).data!.createApiKey.secret;
    const reader = (await gql<Created>(CREATE, { p: 'Lecteur', s: ['READ_PUBLIC'] }, { token: admin })).data!
      .createApiKey.secret;
    const start = new Date(Date.now() + 9 * 86_400_000);
    const input = {
      kind: 'INFORMATION_SESSION',
      title: 'Atelier CV',
      startsAt: start.toISOString(),
      endsAt: new Date(start.getTime() + 7_200_000).toISOString(),
      communeCode: '50129',
      audiences: ['JOB_SEEKER'],
      capacity: 12,
    };
    const CREATE_EVENT = 'mutation($input: CreateEventInput!) { createEvent(input: $input) { id } }';
    expect(
      (await gql(CREATE_EVENT, { input }, { headers: { 'x-api-key': reader } })).errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
    const made = await gql<{ createEvent: { id: string } }>(
      CREATE_EVENT,
      { input },
      { headers: { 'x-api-key': writer } },
    );
    expect(made.errors).toBeUndefined();
    const UPDATE = 'mutation($input: UpdateEventInput!) { updateEvent(input: $input) { title } }';
    const id = made.data!.createEvent.id;
    expect(
      (await gql(UPDATE, { input: { id, title: 'Atelier CV et lettre' } }, { headers: { 'x-api-key': writer } })).data,
    ).toEqual({ updateEvent: { title: 'Atelier CV et lettre' } });
    expect(
      (await gql(UPDATE, { input: { id, title: 'Piraté' } }, { headers: { 'x-api-key': other } })).errors?.[0]
        ?.extensions?.code,
    ).toBe('FORBIDDEN');
    const attendees = await gql(
      'query($id: ID!) { event(id: $id) { registrations { totalCount } } }',
      { id },
      { headers: { 'x-api-key': writer } },
    );
    expect(attendees.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
