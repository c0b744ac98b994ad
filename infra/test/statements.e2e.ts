import { readWebhookEnv } from '@dm/access';
import { readErasureEnv } from '@dm/events';
import { readMailEnv } from '@dm/people';
import { signBearerToken } from '@dm/shared';
import { graphqlClient } from '@dm/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { operations } from '../bench/operations.ts';
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
      // So would the mail senders' sweeps and the following of erasures: once a day, not during a request.
      mailEnv: readMailEnv({ MAIL_INTERVAL_MS: '86400000' }),
      erasureEnv: readErasureEnv({ ERASURE_SYNC_MS: '86400000' }),
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

  // The benchmark's list operations (DestinationSearch: companies near Caen with their charter, ambassadors and
  // events; the department's events with exhibitors and speakers; ambassadors by trade).
  it.each(operations.filter((o) => o.pageVariable))('is the same for a page of 2 and of 10: $name', async (op) => {
    const gql = graphqlClient(stack.gatewayUrl);
    const token =
      op.caller === 'admin'
        ? await signBearerToken(
            { role: 'admin', subject: 'admin:statements' },
            'statements-test-secret-statements-test',
          )
        : undefined;
    const countAt = async (first: number) => {
      statements = 0;
      const result = await gql<Record<string, { edges: unknown[] }>>(
        op.document,
        { ...op.variables(), [op.pageVariable!]: first },
        { token },
      );
      expect(result.errors).toBeUndefined();
      expect(Object.values(result.data!)[0]!.edges.length).toBeGreaterThan(first === 2 ? 1 : 2);
      return statements;
    };
    await countAt(2); // prepares what a first request prepares
    const few = await countAt(2);
    const many = await countAt(10);
    expect(few).toBeGreaterThan(0);
    expect(many).toBe(few);
  });
});
