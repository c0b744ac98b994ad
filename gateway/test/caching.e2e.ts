import { createHash } from 'node:crypto';
import { signBearerToken } from '@dm/shared';
import { readMailEnv } from '@dm/shared/mail';
import { httpGet } from '@dm/testing';
import { token } from '@dm/testing/stack';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Stack, startLocalStack } from '../../infra/src/stack.ts';

const gatewayUrl = inject('gatewayUrl');

const get = (url: string, headers: Record<string, string> = {}) =>
  httpGet(url, { 'apollo-require-preflight': 'true', ...headers });
const post = async (query: string, headers: Record<string, string> = {}) => {
  const response = await fetch(gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  await response.text();
  return response.headers;
};

describe('caching', () => {
  it('says how long an answer may be kept, from the hints of the subgraphs it called', async () => {
    expect(
      (await post('{ communes(first: 3) { edges { node { name department { name } } } } }')).get('cache-control'),
    ).toBe('max-age=86400, public');
    expect(
      (
        await post('{ companies(first: 3) { edges { node { name charter { status } ambassadors { displayName } } } } }')
      ).get('cache-control'),
    ).toBe('max-age=60, public');
    // Personal data, errors, mutations and anyone signed in: never in a shared cache.
    expect(
      (await post('{ ambassadors(first: 2) { edges { node { contactDetails { email } } } } }')).get('cache-control'),
    ).toBe('no-store');
    expect(
      (await post('{ events(first: 1) { edges { node { registrations { totalCount } } } } }')).get('cache-control'),
    ).toBe('no-store');
    const admin = await token({ role: 'admin' });
    expect((await post('{ departments { code } }', { authorization: `Bearer ${admin}` })).get('cache-control')).toBe(
      'no-store',
    );
    expect(
      (await post('mutation { cancelEvent(id: "00000000-0000-4000-8000-000000000000") { id } }')).get('cache-control'),
    ).toBe('no-store');
  });

  it('serves persisted queries by GET, with an ETag, compressed', async () => {
    const query = '{ communes(first: 100) { edges { node { code name postalCodes } } } }'; // over 1 KB: compressed
    const hash = createHash('sha256').update(query).digest('hex');
    const extensions = encodeURIComponent(JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hash } }));
    const byHash = `${gatewayUrl}?extensions=${extensions}`;
    const registered = await get(`${byHash}&query=${encodeURIComponent(query)}`);
    expect(registered.status).toBe(200);
    const again = await get(byHash, { 'accept-encoding': 'br, gzip' });
    expect(again.status).toBe(200);
    expect(again.headers['cache-control']).toBe('max-age=86400, public');
    expect(again.headers['content-encoding']).toMatch(/br|gzip/);
    const etag = again.headers.etag as string;
    expect(etag).toMatch(/^"/);
    expect((await get(byHash, { 'if-none-match': etag })).status).toBe(304);
  });
});

// The optional response cache: anonymous public answers kept in Redis (the machine's, 127.0.0.1:6379) and
// served without calling a subgraph; signed-in callers never read or fill it.
describe.runIf(inject('database') === 'pglite')('the response cache, in Redis', () => {
  const secret = 'response-cache-secret-response-cache-secret';
  let stack: Stack;
  let statements = 0;
  beforeAll(async () => {
    stack = await startLocalStack({
      // The background work (webhook hub, mail senders) runs its own statements meanwhile: not the query's.
      onQuery: (query) => {
        if (!/webhook|outbox/.test(query)) statements++;
      },
      env: {
        AUTH_JWT_SECRET: secret,
        RESPONSE_CACHE: 'true',
        REDIS_URL: 'redis://127.0.0.1:6379',
        // Budgets live in Redis too: this run's own, apart from any other run on the same Redis.
        REDIS_KEY_PREFIX: `dm-test-${process.pid}-${Date.now()}`,
      },
      // No mail round (mail, reminders, expiries) runs statements while the test counts them.
      mailEnv: readMailEnv({ MAIL_INTERVAL_MS: '3600000' }),
    });
    // The webhook hub takes the seed's changes in its first rounds: done before statements are counted.
    while ((await stack.webhooks.runOnce()).taken > 0);
  });
  afterAll(() => stack?.stop());

  it('answers an anonymous public query a second time from the cache, never one asked with a token', async () => {
    const query = `{ companies(filter: { search: "legallais ${Date.now()}" }) { totalCount } }`;
    const ask = async (headers: Record<string, string> = {}) => {
      const before = statements;
      const response = await fetch(stack.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query }),
      });
      await response.text();
      return { statements: statements - before, age: response.headers.get('age') };
    };
    expect((await ask()).statements).toBeGreaterThan(0);
    const cached = await ask();
    expect(cached.statements).toBe(0);
    expect(cached.age).not.toBeNull();
    const admin = await signBearerToken({ role: 'admin' }, secret);
    expect((await ask({ authorization: `Bearer ${admin}` })).statements).toBeGreaterThan(0);
  });
});
