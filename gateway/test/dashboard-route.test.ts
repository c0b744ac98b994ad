import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { httpGet } from '@dm/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dashboardRoute } from '../src/dashboardRoute.ts';

/** A server with the route alone: what it does not take answers 418, so that passing it on shows. */
async function serve(dir: string): Promise<{ origin: string; server: Server }> {
  const route = dashboardRoute(dir);
  const server = createServer((req, res) => {
    void (async () => {
      if (!(await route(req, res, new URL(req.url ?? '/', 'http://localhost')))) res.writeHead(418).end();
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

describe('the dashboard page route', () => {
  let built: string;
  const servers: Server[] = [];

  beforeAll(() => {
    built = mkdtempSync(join(tmpdir(), 'dashboard-route-'));
    mkdirSync(join(built, 'assets'));
    writeFileSync(join(built, 'index.html'), '<!doctype html><title>page</title>');
    writeFileSync(join(built, 'assets/index-abc.js'), 'console.log(1)');
    writeFileSync(join(built, 'secret.txt'), 'not served');
  });
  afterAll(() => {
    for (const server of servers) server.close();
    rmSync(built, { recursive: true, force: true });
  });

  it('serves the page (revalidated, under a strict policy) and its hashed assets (kept a year), nothing else', async () => {
    const { origin, server } = await serve(built);
    servers.push(server);
    const moved = await fetch(`${origin}/dashboard`, { redirect: 'manual' });
    expect([moved.status, moved.headers.get('location')]).toEqual([308, '/dashboard/']);
    const page = await fetch(`${origin}/dashboard/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(page.headers.get('content-security-policy')).toMatch(/^default-src 'none'; script-src 'self';/);
    // A revalidation with the page's ETag, by Node's http client (as the schema route's test asks).
    const again = await httpGet(`${origin}/dashboard/`, { 'if-none-match': page.headers.get('etag')! });
    expect(again.status).toBe(304);
    const asset = await fetch(`${origin}/dashboard/assets/index-abc.js`);
    expect([asset.status, asset.headers.get('content-type')]).toEqual([200, 'text/javascript; charset=utf-8']);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    for (const path of ['/dashboard/secret.txt', '/dashboard/assets/..%2Fsecret.txt', '/dashboard/assets/missing.js']) {
      expect((await fetch(`${origin}${path}`)).status, path).toBe(404);
    }
    // Other paths and methods are not its business.
    expect((await fetch(`${origin}/dashboards`)).status).toBe(418);
    expect((await fetch(`${origin}/dashboard/`, { method: 'POST' })).status).toBe(418);
  });

  it('says how to build the page when it is not built', async () => {
    const { origin, server } = await serve(join(built, 'nowhere'));
    servers.push(server);
    const response = await fetch(`${origin}/dashboard/`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('npm run build -w @dm/dashboard');
  });
});
