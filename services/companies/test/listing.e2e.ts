import { adminToken, gql, token, unique } from '@dm/testing/stack';
import { describe, expect, it } from 'vitest';

type Page = {
  companies: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: { id: string; name: string } }[];
  };
};

describe('company lists', () => {
  it('pages through every company without missing or repeating one', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let page = 0; page < 50; page++) {
      const result: { data?: Page | null } = await gql<Page>(
        'query($after: String) { companies(first: 7, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id name } } } }',
        { after },
      );
      const companies = result.data!.companies;
      total = companies.totalCount;
      seen.push(...companies.edges.map((e) => e.node.id));
      if (!companies.pageInfo.hasNextPage) break;
      after = companies.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(total);
    expect(total).toBeGreaterThanOrEqual(58); // 18 founding + 40 demonstration companies at least
  });

  it('finds companies near a point, from their commune centroid', async () => {
    const { data } = await gql<{
      companies: { edges: { node: { name: string; commune: { name: string } | null } }[] };
    }>(
      '{ companies(filter: { near: { latitude: 49.2042, longitude: -0.3324, radiusKm: 6 } }, first: 100) { edges { node { name commune { name } } } } }',
    );
    const names = data!.companies.edges.map((e) => e.node.name);
    expect(names).toContain('Legallais');
    expect(data!.companies.edges.every((e) => ['Hérouville-Saint-Clair', 'Caen'].includes(e.node.commune!.name))).toBe(
      true,
    );
  });

  it('lists changes since a date in a stable order (a change feed)', async () => {
    const since = new Date(Date.now() - 1000).toISOString();
    const admin = await adminToken();
    const names = [`Flux A ${unique()}`, `Flux B ${unique()}`];
    for (const name of names) {
      await gql(
        'mutation($input: RegisterCompanyInput!) { registerCompany(input: $input) { id } }',
        { input: { name, department: '27' } },
        { token: admin },
      );
    }
    const first = await gql<Page>(
      'query($since: DateTime) { companies(filter: { updatedSince: $since }, first: 1) { totalCount pageInfo { hasNextPage endCursor } edges { node { id name } } } }',
      { since },
    );
    const next = await gql<Page>(
      'query($since: DateTime, $after: String) { companies(filter: { updatedSince: $since }, first: 100, after: $after) { edges { node { id name } } } }',
      { since, after: first.data!.companies.pageInfo.endCursor },
    );
    const order = [...first.data!.companies.edges, ...next.data!.companies.edges].map((e) => e.node.name);
    expect(order.filter((n) => names.includes(n))).toEqual(names);
  });

  it('serves the reference data: communes by accent-free name, ROME job families, and the referent portfolio', async () => {
    const { data } = await gql<Record<string, any>>(`{
      communes(search: "herouville", first: 5) { edges { node { code name epci { name } department { code } } } }
      metiers(search: "boulangere") { edges { node { romeCode label } } }
      commune(code: "76540") { name population }
    }`);
    expect(data!.communes.edges.map((e: any) => e.node.name)).toEqual(['Hérouville-Saint-Clair', 'Hérouvillette']);
    expect(data!.metiers.edges[0].node.romeCode).toBe('D1102');
    expect(data!.commune.name).toBe('Rouen');
    const referent = await gql<{ _entities: { companies: { name: string }[] }[] }>(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Referent { companies(first: 100) { name } } } }`,
      { r: [{ __typename: 'Referent', id: '00000000-0000-4000-8000-000000000000' }] },
      { token: await token({ role: 'admin' }) },
    );
    // _entities is a subgraph field, not part of the public graph: the gateway refuses it.
    expect(referent.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('regional dashboard', () => {
  it('adds up, and counts a new immersion request', async () => {
    const QUERY = `query($f: DashboardFilter) { regionalDashboard(filter: $f) { scope
      charters { total companies byStatus { status count } bySector { sector count } byCommitmentKind { kind theme count } signedByMonth { period count } }
      immersions { offers places remainingPlaces requests pending accepted declined acceptanceRate byDepartment { department { code } offers requests } } } }`;
    const admin = await adminToken();
    const anonymous = await gql(QUERY, { f: { department: '61' } });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const before = (await gql<Record<string, any>>(QUERY, { f: { department: '61' } }, { token: admin })).data!
      .regionalDashboard;
    const sum = (rows: { count: number }[]) => rows.reduce((n, r) => n + r.count, 0);
    expect(before.scope).toBe('department=61;from=;to=');
    expect(sum(before.charters.byStatus)).toBe(before.charters.total);
    expect(sum(before.charters.bySector)).toBe(before.charters.total);
    expect(sum(before.charters.signedByMonth)).toBe(before.charters.total);
    expect(before.immersions.byDepartment.map((d: any) => d.department.code)).toEqual(['61']);

    const offers = await gql<{ immersionOffers: { edges: { node: { id: string } }[] } }>(
      '{ immersionOffers(filter: { department: "61" }, first: 1) { edges { node { id } } } }',
    );
    const offerId = offers.data!.immersionOffers.edges[0]!.node.id;
    const made = await gql('mutation($input: RequestImmersionInput!) { requestImmersion(input: $input) { id } }', {
      input: {
        offerId,
        requester: {
          firstName: 'Léa',
          lastName: 'Durand',
          email: `lea-${unique()}@example.org`,
          category: 'STUDENT',
          minor: false,
        },
      },
    });
    expect(made.errors).toBeUndefined();
    const after = (await gql<Record<string, any>>(QUERY, { f: { department: '61' } }, { token: admin })).data!
      .regionalDashboard;
    expect(after.immersions.requests).toBe(before.immersions.requests + 1);
    expect(after.immersions.pending).toBe(before.immersions.pending + 1);
    expect(after.immersions.remainingPlaces).toBe(before.immersions.remainingPlaces - 1);

    const bad = await gql(QUERY, { f: { from: '2026-01-01', to: '2025-01-01' } }, { token: admin });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.to' });
  });
});
