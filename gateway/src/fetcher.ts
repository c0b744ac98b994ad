import http from 'node:http';
import https from 'node:https';
import type { Fetcher } from '@apollo/utils.fetcher';
import fetch from 'node-fetch';

/**
 * The gateway's fetcher to subgraphs: keep-alive connections from a bounded pool, and a deadline per
 * subgraph call (the default fetcher has neither).
 */
export function subgraphFetcher(options: { maxSockets: number; timeoutMs: number }): Fetcher {
  const httpAgent = new http.Agent({ keepAlive: true, maxSockets: options.maxSockets, maxFreeSockets: 16 });
  const httpsAgent = new https.Agent({ keepAlive: true, maxSockets: options.maxSockets, maxFreeSockets: 16 });
  return ((url: string, init?: Parameters<typeof fetch>[1]) =>
    fetch(url, {
      ...init,
      agent: (parsed: URL) => (parsed.protocol === 'https:' ? httpsAgent : httpAgent),
      // node-fetch's AbortSignal type predates the global one.
      signal: AbortSignal.timeout(options.timeoutMs) as any,
    })) as unknown as Fetcher;
}
