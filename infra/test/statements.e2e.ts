import { readWebhookEnv } from '@dm/access';
import { graphqlClient } from '@dm/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Stack, startLocalStack } from '../src/stack.ts';

// No N+1: the number of SQL statements of a request must not grow with the page size. This needs to see
// the statements, so it starts its own stack (PGlite in memory) with a counter.
describe.runIf(inject('database') === 'pglite')('SQL statements per request', () => {
  let stack: Stack;
  let statements = 0;
  beforeAll(async () => {
    stack = await startLocalStack({
      // The webhook hub's background rounds would count as this test's statements.
      webhookEnv: readWebhookEnv({ WEBHOOK_INTERVAL_MS: '86400000' }),
      // A page of 50 with every nested list is over the default cost budget: this test is about statements.
      env: { AUTH_JWT_SECRET: 'statements-test-secret-statements-test', MAX_OPERATION_COST: '50000' },
      onQuery: () => {
        statements++;
      },
    });
  });
  afterAll(() => stack.stop());

  const QUERY = `query($first: Int) { companies(first: $first) { totalCount edges { node {
    name commune { name department { name } } department { code }
    charter { status referent { id } commitments { kind actions { occurredOn } } company { name } }
    charters { id } immersionOffers { title metier { label } company { name } remainingPlaces }
  } } } }`;

  async function count(first: number) {
    const gql = graphqlClient(stack.gatewayUrl);
    statements = 0;
    const result = await gql<{ companies: { edges: unknown[] } }>(QUERY, { first });
    expect(result.errors).toBeUndefined();
    expect(result.data!.companies.edges).toHaveLength(first);
    return statements;
  }

  it('is the same for 5 companies and for 50', async () => {
    const few = await count(5);
    const many = await count(50);
    expect(few).toBeGreaterThan(0);
    expect(many).toBe(few);
  });
});
