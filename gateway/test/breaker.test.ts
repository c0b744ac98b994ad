import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readGatewayEnv } from '../src/env.ts';
import { subgraphFetcher } from '../src/fetcher.ts';

// A subgraph that hangs, then recovers: a real HTTP server on a local port, the breaker with its default
// share and number of calls, and a short deadline so that the test is quick.
describe('a subgraph circuit with the default settings', () => {
  let frozen = true;
  let server: Server;
  let url: string;
  beforeAll(async () => {
    server = createServer((_req, res) => {
      if (frozen) return; // never answers
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"data":{}}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });

  it('opens for callers who come one at a time, answers at once while open, and closes once it recovers', async () => {
    const env = readGatewayEnv({});
    const { fetcher, breaker } = subgraphFetcher({
      name: 'companies',
      maxSockets: 4,
      timeoutMs: 150,
      breaker: { errorPercentage: env.BREAKER_ERROR_PERCENTAGE, minCalls: env.BREAKER_MIN_CALLS, resetMs: 300 },
    });
    const call = async () => {
      const started = performance.now();
      const outcome = await fetcher(url, { method: 'POST', body: '{}', headers: {} }).then(
        (r) => r.status,
        (err: { reason?: string }) => err.reason,
      );
      return { outcome, ms: performance.now() - started };
    };
    const calls = [];
    for (let i = 0; i < env.BREAKER_MIN_CALLS + 1; i++) calls.push(await call());
    expect(calls.slice(0, -1).map((c) => c.outcome)).toEqual(Array(env.BREAKER_MIN_CALLS).fill('timeout'));
    expect(calls.at(-1)?.outcome).toBe('circuit-open');
    expect(calls.at(-1)?.ms).toBeLessThan(50);
    expect(breaker.opened).toBe(true);

    frozen = false;
    await new Promise((resolve) => setTimeout(resolve, 350));
    expect((await call()).outcome).toBe(200); // the probe
    expect(breaker.closed).toBe(true);
    breaker.shutdown();
  });
});
