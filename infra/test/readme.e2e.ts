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

// The partner guide's examples run with a partner key, as a partner would send them.
const guide = readFileSync(new URL('../../docs/partners.md', import.meta.url), 'utf8');
const guideBlocks = [...guide.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1] as string);

describe('partner guide examples', () => {
  it('has examples', () => expect(guideBlocks.length).toBeGreaterThanOrEqual(2));
  it.each(guideBlocks.map((query, i) => [i + 1, query] as const))(
    'example %i runs with a partner key',
    async (_, query) => {
      const created = await gql<{ createApiKey: { secret: string } }>(
        'mutation { createApiKey(input: { partner: "Guide", scopes: [READ_PUBLIC, WRITE_EVENTS] }) { secret } }',
        {},
        { token: await adminToken() },
      );
      const key = { headers: { 'x-api-key': created.data!.createApiKey.secret } };
      const result = await gql<Record<string, { subscription?: { id: string } }>>(query, {}, key);
      expect(result.errors).toBeUndefined();
      expect(Object.values(result.data ?? {}).length).toBeGreaterThan(0);
      // A subscription made by an example delivers nowhere: it goes.
      const subscription = result.data?.createWebhookSubscription?.subscription;
      if (subscription) {
        const deleted = await gql(
          'mutation($id: ID!) { deleteWebhookSubscription(id: $id) { id } }',
          { id: subscription.id },
          key,
        );
        expect(deleted.errors).toBeUndefined();
      }
    },
  );
});
