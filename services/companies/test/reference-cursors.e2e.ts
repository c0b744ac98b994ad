import { gql } from '@dm/testing/stack';
import { describe, expect, it } from 'vitest';

type Page = { edges: { node: { code?: string; romeCode?: string } }[]; pageInfo: { endCursor: string } };
const cursorOf = (key: string) => Buffer.from(JSON.stringify([key])).toString('base64url');

describe('cursors of the reference lists', () => {
  it('refuses a cursor of another list or one naming nothing, as every other connection does', async () => {
    const metiers = await gql<{ metiers: Page }>(
      '{ metiers(first: 2) { pageInfo { endCursor } edges { node { romeCode } } } }',
    );
    const foreign = metiers.data!.metiers.pageInfo.endCursor;
    const communes = await gql(
      'query($after: String) { communes(first: 2, after: $after) { edges { node { code } } } }',
      {
        after: foreign,
      },
    );
    expect(communes.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    const forged = await gql(
      'query($after: String) { metiers(first: 2, after: $after) { edges { node { romeCode } } } }',
      {
        after: cursorOf('Z9999'),
      },
    );
    expect(forged.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('continues after a cursor taken with another filter, never from the beginning', async () => {
    const PAGE =
      'query($d: String, $after: String) { communes(department: $d, first: 3, after: $after) { pageInfo { endCursor } edges { node { code } } } }';
    const calvados = await gql<{ communes: Page }>(PAGE, { d: '14' });
    const cursor = calvados.data!.communes.pageInfo.endCursor;
    const first = await gql<{ communes: Page }>(PAGE, { d: '50' });
    const next = await gql<{ communes: Page }>(PAGE, { d: '50', after: cursor });
    expect(next.errors).toBeUndefined();
    const codes = next.data!.communes.edges.map((e) => e.node.code);
    expect(codes).toHaveLength(3);
    for (const code of codes) expect(code!.startsWith('50')).toBe(true);
    expect(codes).not.toEqual(first.data!.communes.edges.map((e) => e.node.code));
  });
});
