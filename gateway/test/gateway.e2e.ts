import { IDENTITY_HEADER, signIdentity } from '@dm/shared';
import { gql, token } from '@dm/testing/stack';
import { graphqlClient } from '@dm/testing';
import { describe, expect, inject, it } from 'vitest';

const gatewayUrl = inject('gatewayUrl');
const companiesUrl = inject('companiesUrl');

describe('the gateway', () => {
  it('answers /health and /ready, as every subgraph does', async () => {
    for (const base of [gatewayUrl, companiesUrl]) {
      expect((await fetch(new URL('/health', base))).status).toBe(200);
      const ready = await fetch(new URL('/ready', base));
      expect(ready.status).toBe(200);
      expect(await ready.json()).toEqual({ status: 'ready' });
    }
  });

  it('refuses invalid or forged tokens', async () => {
    const forged = await gql('{ departments { code } }', {}, { headers: { authorization: 'Bearer abc.def.ghi' } });
    expect(forged.status).toBe(401);
    expect(forged.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const malformed = await gql('{ departments { code } }', {}, { headers: { authorization: 'Basic xyz' } });
    expect(malformed.status).toBe(401);
    expect(malformed.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(malformed.headers.get('www-authenticate')).toMatch(/^Bearer /);
    const noCompany = await gql('{ departments { code } }', {}, { token: await token({ role: 'company' }) });
    expect(noCompany.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('enforces depth, alias and size limits without revealing them', async () => {
    let deep = 'name';
    for (let i = 0; i < 8; i++) deep = `charter { company { ${deep} } }`;
    deep = `{ companies { edges { node { ${deep} } } } }`;
    const depth = await gql(deep);
    expect(depth.errors?.[0]?.message).toMatch(/Query validation error/);
    expect(depth.errors?.[0]?.message).not.toMatch(/\d/);
    const aliases = `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: departments { code }`).join(' ')} }`;
    expect((await gql(aliases)).errors?.length).toBeGreaterThan(0);
    const huge = await fetch(gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ departments { code } } # ${'x'.repeat(200_000)}` }),
    });
    expect(huge.status).toBe(413);
  });

  it('refuses requests a browser could forge across sites (CSRF)', async () => {
    const simple = await fetch(gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: '{"query":"{ departments { code } }"}',
    });
    expect(simple.status).toBe(400);
    const get = await fetch(`${gatewayUrl}?query=${encodeURIComponent('{ departments { code } }')}`);
    expect(get.status).toBe(400);
    const preflighted = await fetch(`${gatewayUrl}?query=${encodeURIComponent('{ departments { code } }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(preflighted.status).toBe(200);
  });

  it('serves GraphiQL in development from its own files', async () => {
    const page = await fetch(gatewayUrl, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('/graphiql/graphiql.js');
    expect(html).not.toMatch(/https?:\/\//);
    const script = await fetch(new URL('/graphiql/graphiql.js', gatewayUrl));
    expect(script.status).toBe(200);
  });
});

describe('a subgraph', () => {
  const subgraph = graphqlClient(companiesUrl);

  it('refuses a request that did not come through the gateway', async () => {
    const direct = await subgraph('{ departments { code } }');
    expect(direct.status).toBe(401);
    expect(direct.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses an identity signed with another secret', async () => {
    const forged = await signIdentity({ role: 'admin', departments: [], scopes: [] }, 'x'.repeat(40));
    const result = await subgraph('{ departments { code } }', {}, { headers: { [IDENTITY_HEADER]: forged } });
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
