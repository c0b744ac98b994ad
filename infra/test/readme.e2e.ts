import { readFileSync } from 'node:fs';
import { adminToken, gql } from '@dm/testing/stack';
import { describe, expect, it } from 'vitest';

// The README's examples must keep working: every ```graphql block runs against the seeded graph.
const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const blocks = [...readme.matchAll(/```graphql( expect-error)?\n([\s\S]*?)```/g)].map((m) => ({
  expectError: Boolean(m[1]),
  query: m[2] as string,
}));

describe('README examples', () => {
  it('has examples', () => expect(blocks.length).toBeGreaterThanOrEqual(5));
  it.each(blocks.map((b, i) => [i + 1, b] as const))('example %i runs as the README says', async (_, block) => {
    const result = await gql(block.query, {}, { token: await adminToken() });
    if (block.expectError) {
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    } else {
      expect(result.errors).toBeUndefined();
      expect(Object.values(result.data ?? {}).length).toBeGreaterThan(0);
    }
  });
});
