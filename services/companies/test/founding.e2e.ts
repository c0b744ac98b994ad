import { adminToken, gql } from '@dm/testing/stack';
import { describe, expect, it } from 'vitest';

const FOUNDING = `query Founding($after: String) {
  companies(filter: { department: "14" }, first: 100, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id name sector siret demonstration commune { code name }
      charter { signedOn expiresOn status demonstration } } }
  }
}`;

describe('the founding signatories through the gateway', () => {
  it('lists the 18 companies of 9 September 2020 with their sectors and charters, as facts', async () => {
    const { data, errors } = await gql<{ companies: { edges: { node: Record<string, any> }[] } }>(FOUNDING);
    expect(errors).toBeUndefined();
    // Other tests add companies in Calvados too: the founding ones are those whose charter dates from the release.
    const founding = data!.companies.edges
      .map((e) => e.node)
      .filter((c) => !c.demonstration && c.charter?.signedOn === '2020-09-09');
    expect(founding).toHaveLength(18);
    expect(founding.map((c) => c.name)).toEqual(
      expect.arrayContaining([
        'Legallais',
        'Laboratoires Gilbert',
        'Dejamobile',
        'Lactalis',
        'Toffolutti',
        'GEIQ Propreté',
      ]),
    );
    for (const c of founding) {
      expect(c.charter).toMatchObject({
        signedOn: '2020-09-09',
        expiresOn: '2022-09-09',
        status: 'EXPIRED',
        demonstration: false,
      });
      expect(c.siret).toBeNull(); // the release gives none: never invented as fact
    }
    const legallais = founding.find((c) => c.name === 'Legallais')!;
    expect(legallais).toMatchObject({
      sector: 'Quincaillerie',
      commune: { code: '14327', name: 'Hérouville-Saint-Clair' },
    });
    expect(founding.filter((c) => c.commune !== null)).toHaveLength(1);
  });

  it('finds companies ignoring accents and case', async () => {
    const search = async (term: string) =>
      (
        await gql<{ companies: { edges: { node: { name: string } }[] } }>(
          'query($s: String) { companies(filter: { search: $s }) { edges { node { name } } } }',
          { s: term },
        )
      ).data!.companies.edges.map((e) => e.node.name);
    expect(await search('herouville')).toContain('Legallais');
    expect(await search('LEGALLAIS')).toEqual(['Legallais']);
    expect(await search('propreté geiq')).toEqual(['GEIQ Propreté']);
    expect(await search('%')).toEqual([]); // wildcards are searched literally
  });

  it('shows a living demonstration network across the five departments, flagged as such', async () => {
    const { data } = await gql<{
      regionalDashboard: {
        charters: {
          byDepartment: { department: { code: string }; count: number }[];
          byStatus: { status: string; count: number }[];
        };
      };
    }>(
      '{ regionalDashboard { charters { byDepartment { department { code } count } byStatus { status count } } } }',
      {},
      { token: await adminToken() },
    );
    const departments = data!.regionalDashboard.charters.byDepartment.map((d) => d.department.code);
    expect(departments).toEqual(expect.arrayContaining(['14', '27', '50', '61', '76']));
    const active = data!.regionalDashboard.charters.byStatus.find((s) => s.status === 'ACTIVE');
    expect(active?.count).toBeGreaterThan(10);
  });
});
