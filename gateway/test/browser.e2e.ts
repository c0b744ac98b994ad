import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { signBearerToken } from '@dm/shared';
import { graphqlClient, httpGet } from '@dm/testing';
import { launchChromium, type PageServer, servePage } from '@dm/testing/browser';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { gatewayBeside } from '../../infra/test/beside.ts';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** What a front-end registered: one document by its SHA-256 (Apollo), one under an id of its own (Relay). */
const COMMUNES = 'query Communes { communes(first: 2, department: "50") { edges { node { code name } } } }';
const DEPARTMENTS = 'query Departments { departments { code name } }';
const RELAY_ID = 'departments-v1';

/** A front-end page: runs a query on the graph given in its address and shows what it got, or that the browser refused. */
const page = `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>front-end</title></head>
<body><pre id="result">…</pre>
<script>
(async () => {
  const show = (value) => { document.getElementById('result').textContent = JSON.stringify(value); };
  const graphql = new URL(location.href).searchParams.get('graphql');
  try {
    const posted = await fetch(graphql, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: ${JSON.stringify(COMMUNES)} }),
    });
    const extensions = encodeURIComponent(JSON.stringify({ persistedQuery: { version: 1, sha256Hash: ${JSON.stringify(sha256(COMMUNES))} } }));
    const byId = await fetch(graphql + '?extensions=' + extensions, { headers: { 'apollo-require-preflight': 'true' } });
    show({
      posted: await posted.json(),
      remaining: posted.headers.get('ratelimit-remaining'),
      byId: await byId.json(),
      byIdCache: byId.headers.get('cache-control'),
    });
  } catch (err) {
    show({ refused: String(err) });
  }
})();
</script></body></html>`;

describe('front-ends on other origins, trusted documents and the published schema', () => {
  let folder: string;
  let stopGateway: () => Promise<void>;
  let allowed: PageServer;
  let other: PageServer;
  let browser: Browser;
  let graphqlUrl: string;
  const authSecret = inject('authSecret');

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'trusted-documents-'));
    writeFileSync(
      join(folder, 'web.json'),
      JSON.stringify({
        format: 'apollo-persisted-query-manifest',
        version: 1,
        operations: [{ id: sha256(COMMUNES), name: 'Communes', type: 'query', body: COMMUNES }],
      }),
    );
    writeFileSync(join(folder, 'relay.json'), JSON.stringify({ [RELAY_ID]: DEPARTMENTS }));
    allowed = await servePage(page);
    other = await servePage(page);
    const gateway = await gatewayBeside({
      CORS_ORIGINS: allowed.origin,
      TRUSTED_DOCUMENTS: `${join(folder, 'web.json')},${join(folder, 'relay.json')}`,
      TRUSTED_DOCUMENTS_ONLY: 'true',
    });
    stopGateway = gateway.stop;
    graphqlUrl = gateway.url;
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await allowed?.close();
    await other?.close();
    await stopGateway?.();
    rmSync(folder, { recursive: true, force: true });
  });

  it('answers a preflight for an allowed origin, and gives other origins no CORS header', async () => {
    const preflight = (origin: string) =>
      fetch(graphqlUrl, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type, authorization',
        },
      });
    const yes = await preflight(allowed.origin);
    expect(yes.status).toBe(204);
    expect(yes.headers.get('access-control-allow-origin')).toBe(allowed.origin);
    expect(yes.headers.get('access-control-allow-methods')).toBe('GET,POST');
    expect(yes.headers.get('access-control-allow-headers')).toContain('authorization');
    expect(yes.headers.get('access-control-allow-headers')).not.toContain('x-api-key');
    expect(yes.headers.get('access-control-max-age')).toBe('600');
    expect(yes.headers.get('access-control-allow-credentials')).toBeNull();
    expect(yes.headers.get('vary')).toContain('Origin');
    const no = await preflight(other.origin);
    expect(no.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('runs a query from a page of an allowed origin in Chromium; the browser refuses it to any other page', async () => {
    const run = async (origin: string) => {
      const tab = await browser.newPage();
      try {
        await tab.goto(`${origin}/?graphql=${encodeURIComponent(graphqlUrl)}`);
        await tab.waitForFunction(() => document.getElementById('result')?.textContent !== '…');
        return JSON.parse((await tab.textContent('#result')) as string);
      } finally {
        await tab.close();
      }
    };
    const seen = await run(allowed.origin);
    // The page's own text is not trusted: it ran the registered document's text, and then the document by id.
    expect(seen.posted.data.communes.edges).toHaveLength(2);
    expect(seen.remaining).toMatch(/^\d+$/);
    expect(seen.byId.data).toEqual(seen.posted.data);
    expect(seen.byIdCache).toBe('max-age=86400, public');
    expect(await run(other.origin)).toEqual({ refused: expect.stringContaining('Failed to fetch') });
  });

  it('lets anonymous clients run trusted documents only; partner keys and signed-in users keep free-form access', async () => {
    const gql = graphqlClient(graphqlUrl);
    const byId = (id: string) =>
      fetch(
        `${graphqlUrl}?extensions=${encodeURIComponent(JSON.stringify({ persistedQuery: { version: 1, sha256Hash: id } }))}`,
        { headers: { 'apollo-require-preflight': 'true' } },
      );
    const relay = await byId(RELAY_ID);
    expect(relay.status).toBe(200);
    expect(((await relay.json()) as { data: { departments: unknown[] } }).data.departments).toHaveLength(5);

    const unknown = await byId(sha256('{ __typename }'));
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe(
      'PERSISTED_QUERY_NOT_IN_LIST',
    );

    const freeForm = await gql('{ departments { code } }');
    expect(freeForm.status).toBe(403);
    expect(freeForm.errors?.[0]?.extensions?.code).toBe('QUERY_NOT_IN_SAFELIST');
    // The full text of a registered document is that document.
    expect((await gql(COMMUNES)).status).toBe(200);

    const staff = await signBearerToken(
      { role: 'coordinator', subject: 'coordinator:test', departments: ['50'] },
      authSecret,
    );
    const signedIn = await gql('{ departments { code } }', undefined, { token: staff });
    expect(signedIn.status).toBe(200);
    expect(signedIn.errors).toBeUndefined();
  });

  it('publishes the public schema as SDL, with its descriptions and without federation machinery', async () => {
    const response = await fetch(graphqlUrl.replace('/graphql', '/schema.graphql'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    const sdl = await response.text();
    expect(sdl).toMatch(/^type Query \{/m);
    expect(sdl).toContain('@deprecated(reason:');
    expect(sdl).not.toMatch(/join__|link__|@link|@key|_entities|_service/);
    const again = await httpGet(graphqlUrl.replace('/graphql', '/schema.graphql'), {
      'if-none-match': response.headers.get('etag') as string,
    });
    expect(again.status).toBe(304);
  });

  it('refuses to start on a trusted document that no longer fits the schema, or on a safelist with no list', async () => {
    writeFileSync(join(folder, 'stale.json'), JSON.stringify({ stale: '{ companies { nom } }' }));
    await expect(gatewayBeside({ TRUSTED_DOCUMENTS: join(folder, 'stale.json') })).rejects.toThrow(
      /^The trusted document stale of .*stale\.json does not fit the schema: Cannot query field "nom"/,
    );
    await expect(gatewayBeside({ TRUSTED_DOCUMENTS_ONLY: 'true' })).rejects.toThrow(
      'TRUSTED_DOCUMENTS_ONLY=true needs TRUSTED_DOCUMENTS',
    );
  });
});
