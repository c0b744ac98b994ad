import { distanceKm } from '@dm/shared';
import { gql } from '@dm/testing/stack';
import { describe, expect, it } from 'vitest';

// Search by distance is the same in every subgraph: `near` keeps what lies within the circle (by the centroid
// of its commune), `distanceKm` says how far, `orderBy: DISTANCE` lists nearest first, pages by distance then id.

const CAEN = { latitude: 49.18464, longitude: -0.37224 };

interface List {
  /** The root field. */
  field: string;
  /** Its filter's input type, and its order enum. */
  filterType: string;
  orderType: string;
  /** Extra filter fields, e.g. to list past events too. */
  filter?: Record<string, unknown>;
  /** Selection of the node's commune, whose centroid the distance is measured to. */
  commune: string;
  communeOf: (node: Record<string, any>) => { latitude: number; longitude: number } | null | undefined;
}

const lists: List[] = [
  {
    field: 'companies',
    filterType: 'CompanyFilter',
    orderType: 'CompanyOrder',
    commune: 'commune { latitude longitude }',
    communeOf: (n) => n.commune,
  },
  {
    field: 'immersionOffers',
    filterType: 'ImmersionOfferFilter',
    orderType: 'ImmersionOfferOrder',
    filter: { hasPlacesLeft: false },
    commune: 'commune { latitude longitude }',
    communeOf: (n) => n.commune,
  },
  {
    field: 'events',
    filterType: 'EventFilter',
    orderType: 'EventOrder',
    commune: 'venue { commune { latitude longitude } }',
    communeOf: (n) => n.venue?.commune,
  },
  {
    field: 'parentsCafes',
    filterType: 'ParentsCafeFilter',
    orderType: 'EventOrder',
    commune: 'commune { latitude longitude }',
    communeOf: (n) => n.commune,
  },
  {
    field: 'ambassadors',
    filterType: 'AmbassadorFilter',
    orderType: 'AmbassadorOrder',
    commune: 'commune { latitude longitude }',
    communeOf: (n) => n.commune,
  },
];

type Page = {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: Record<string, any> }[];
};

const query = (
  list: List,
) => `query($filter: ${list.filterType}, $orderBy: ${list.orderType}, $first: Int, $after: String) {
  ${list.field}(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id distanceKm ${list.commune} } }
  }
}`;

async function ask(list: List, variables: Record<string, unknown>) {
  const result = await gql<Record<string, Page>>(query(list), {
    ...variables,
    filter: { ...list.filter, ...(variables.filter as object) },
  });
  return result;
}

/** Every page of a list, following `endCursor`. */
async function walk(list: List, variables: Record<string, unknown>, first: number) {
  const nodes: Record<string, any>[] = [];
  let after: string | null = null;
  let total = 0;
  for (let i = 0; i < 100; i++) {
    const result = await ask(list, { ...variables, first, after });
    expect(result.errors).toBeUndefined();
    const page = result.data![list.field]!;
    total = page.totalCount;
    nodes.push(...page.edges.map((e) => e.node));
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  return { nodes, total };
}

describe.each(lists)('$field by distance', (list) => {
  const near = { ...CAEN, radiusKm: 60 };

  it('keeps what lies within the radius, each with its distance from the point', async () => {
    const { nodes, total } = await walk(list, { filter: { near } }, 100);
    expect(nodes.length).toBe(total);
    expect(total).toBeGreaterThanOrEqual(3);
    for (const node of nodes) {
      const commune = list.communeOf(node)!;
      expect(node.distanceKm).toBeLessThanOrEqual(near.radiusKm);
      expect(node.distanceKm).toBeCloseTo(distanceKm(CAEN, commune), 6);
    }
    // Nothing within the radius is left out: the whole list, measured here, agrees.
    const wider = await walk(list, { filter: {} }, 100);
    const within = wider.nodes.filter((n) => {
      const c = list.communeOf(n);
      return c && distanceKm(CAEN, c) <= near.radiusKm;
    });
    if (!wider.nodes.length || wider.total > wider.nodes.length) return; // larger than 100 pages allow
    expect(new Set(nodes.map((n) => n.id))).toEqual(new Set(within.map((n) => n.id)));
  });

  it('orders nearest first and pages by distance without gap or overlap', async () => {
    const all = await walk(list, { filter: { near }, orderBy: 'DISTANCE' }, 100);
    const paged = await walk(list, { filter: { near }, orderBy: 'DISTANCE' }, 2);
    expect(paged.nodes.map((n) => n.id)).toEqual(all.nodes.map((n) => n.id));
    expect(paged.total).toBe(all.nodes.length);
    const distances = paged.nodes.map((n) => n.distanceKm as number);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    // Ties (one commune, one centroid) are ordered by id.
    for (let i = 1; i < paged.nodes.length; i++)
      if (distances[i] === distances[i - 1]) expect(paged.nodes[i]!.id > paged.nodes[i - 1]!.id).toBe(true);
  });

  it('has no distance without a point, and refuses DISTANCE without one or a cursor of another point', async () => {
    const plain = await ask(list, { first: 3 });
    expect(plain.data![list.field]!.edges.every((e) => e.node.distanceKm === null)).toBe(true);

    const noPoint = await ask(list, { orderBy: 'DISTANCE', first: 3 });
    expect(noPoint.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'orderBy' });

    const first = await ask(list, { filter: { near }, orderBy: 'DISTANCE', first: 1 });
    const elsewhere = await ask(list, {
      filter: { near: { ...near, latitude: 49.44 } },
      orderBy: 'DISTANCE',
      first: 1,
      after: first.data![list.field]!.pageInfo.endCursor,
    });
    expect(elsewhere.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });

    const badRadius = await ask(list, { filter: { near: { ...near, radiusKm: 0 } } });
    expect(badRadius.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.near.radiusKm' });
  });
});
