import { randomBytes } from 'node:crypto';
import { metricsRegistry, signBearerToken } from '@dm/shared';
import { graphqlClient } from '@dm/testing';
import { adminToken, gql as testGql } from '@dm/testing/stack';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readGatewayEnv } from '../src/env.ts';
import { startGateway } from '../../infra/src/stack.ts';

// Two gateway replicas in front of the test stack's subgraphs, sharing the machine's Redis (127.0.0.1:6379)
// under a prefix of their own: a budget is one budget whichever replica a request reaches, and a partner key
// checked by one is known to the other.
describe.runIf(inject('database') === 'pglite')('gateway replicas sharing Redis', () => {
  const prefix = `dm-test-${randomBytes(6).toString('hex')}`;
  let replicas: Awaited<ReturnType<typeof startGateway>>[] = [];

  beforeAll(async () => {
    const env = readGatewayEnv({
      NODE_ENV: 'test',
      AUTH_JWT_SECRET: inject('authSecret'),
      REDIS_URL: 'redis://127.0.0.1:6379',
      REDIS_KEY_PREFIX: prefix,
      RATE_LIMIT_ANONYMOUS_PER_MINUTE: '6',
      RATE_LIMIT_USER_PER_MINUTE: '1000',
      API_KEY_CACHE_MS: '60000',
    });
    const subgraphUrls = {
      companies: inject('companiesUrl'),
      events: inject('eventsUrl'),
      people: inject('peopleUrl'),
      access: inject('accessUrl'),
    };
    for (let i = 0; i < 2; i++) {
      replicas.push(
        await startGateway({ subgraphUrls, identitySecret: inject('identitySecret'), production: false, env }),
      );
    }
  });
  afterAll(async () => {
    for (const replica of replicas) await replica.stop();
    replicas = [];
  });

  it('spend one budget, whichever replica answers', async () => {
    const [a, b] = replicas.map((r) => graphqlClient(r.url));
    const statuses: number[] = [];
    // Six requests a minute for an anonymous address, asked alternately of both replicas.
    for (let i = 0; i < 8; i++) statuses.push((await (i % 2 ? b! : a!)('{ __typename }')).status);
    expect(statuses.slice(0, 6)).toEqual([200, 200, 200, 200, 200, 200]);
    expect(statuses.slice(6)).toEqual([429, 429]);
    // A signed-in user has a budget of its own, shared too.
    const user = await signBearerToken({ role: 'admin', subject: `admin:${prefix}` }, inject('authSecret'));
    expect((await a!('{ __typename }', {}, { token: user })).status).toBe(200);
  });

  it('share partner key checks: a key looked up by one replica is known to the other', async () => {
    const created = await testGql<{ createApiKey: { secret: string } }>(
      'mutation { createApiKey(input: { partner: "Réplicas", scopes: [READ_PUBLIC] }) { secret } }',
      {},
      { token: await adminToken() },
    );
    const secret = created.data!.createApiKey.secret;
    const checks = async () => {
      const metric = await metricsRegistry.getSingleMetric('dm_api_key_checks_total')!.get();
      const count = (source: string) => metric.values.find((v) => v.labels.source === source)?.value ?? 0;
      return { lookup: count('lookup'), shared: count('shared') };
    };
    const [a, b] = replicas.map((r) => graphqlClient(r.url));
    const before = await checks();
    const headers = { 'x-api-key': secret };
    expect((await a!('{ companies(first: 1) { totalCount } }', {}, { headers })).errors).toBeUndefined();
    const afterA = await checks();
    expect(afterA.lookup - before.lookup).toBe(1);
    expect((await b!('{ companies(first: 1) { totalCount } }', {}, { headers })).errors).toBeUndefined();
    const afterB = await checks();
    expect(afterB.lookup - afterA.lookup).toBe(0);
    expect(afterB.shared - afterA.shared).toBe(1);
  });
});
