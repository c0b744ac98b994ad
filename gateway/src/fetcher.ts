import http from 'node:http';
import https from 'node:https';
import type { Fetcher } from '@apollo/utils.fetcher';
import { logger } from '@dm/shared';
import fetch from 'node-fetch';
import CircuitBreaker from 'opossum';

export interface SubgraphCallOptions {
  name: string;
  maxSockets: number;
  /** Deadline of one call. */
  timeoutMs: number;
  breaker: { errorPercentage: number; minCalls: number; resetMs: number };
}

/** A call that failed for reasons of the subgraph's (down, frozen, 5xx): what opens its circuit. */
export class SubgraphUnavailable extends Error {
  override name = 'SubgraphUnavailable';
  constructor(
    readonly serviceName: string,
    readonly reason: 'timeout' | 'unreachable' | 'failed' | 'circuit-open',
    cause?: unknown,
  ) {
    super(`${serviceName}: ${reason}`, { cause });
  }
}

/**
 * The gateway's fetcher to one subgraph: keep-alive connections from a bounded pool, a deadline per call,
 * and a circuit breaker (opossum). When too many calls fail or time out, the circuit opens: calls fail at
 * once instead of waiting, and after a pause one call probes whether the subgraph is back.
 */
export function subgraphFetcher(options: SubgraphCallOptions): { fetcher: Fetcher; breaker: CircuitBreaker } {
  const httpAgent = new http.Agent({ keepAlive: true, maxSockets: options.maxSockets, maxFreeSockets: 16 });
  const httpsAgent = new https.Agent({ keepAlive: true, maxSockets: options.maxSockets, maxFreeSockets: 16 });
  // Only the subgraph's own failures reject (and count against its circuit); a 4xx is an answer.
  const call = async (url: string, init?: Parameters<typeof fetch>[1]) => {
    let response: Awaited<ReturnType<typeof fetch>>;
    try {
      response = await fetch(url, {
        ...init,
        agent: (parsed: URL) => (parsed.protocol === 'https:' ? httpsAgent : httpAgent),
        // node-fetch's AbortSignal type predates the global one.
        signal: AbortSignal.timeout(options.timeoutMs) as any,
      });
    } catch (err) {
      const timedOut = (err as Error).name === 'AbortError' || (err as Error).name === 'TimeoutError';
      throw new SubgraphUnavailable(options.name, timedOut ? 'timeout' : 'unreachable', err);
    }
    if (response.status >= 500) throw new SubgraphUnavailable(options.name, 'failed');
    return response;
  };
  const breaker = new CircuitBreaker(call, {
    name: options.name,
    timeout: false, // the call has its own deadline, which also aborts the request
    errorThresholdPercentage: options.breaker.errorPercentage,
    volumeThreshold: options.breaker.minCalls,
    resetTimeout: options.breaker.resetMs,
    rollingCountTimeout: 10_000,
    rollingCountBuckets: 10,
  });
  breaker.on('open', () => logger.warn({ subgraph: options.name }, 'circuit open: calls fail at once'));
  breaker.on('halfOpen', () => logger.info({ subgraph: options.name }, 'circuit half-open: probing'));
  breaker.on('close', () => logger.info({ subgraph: options.name }, 'circuit closed: calls flow again'));
  const fetcher = (async (url: string, init?: Parameters<typeof fetch>[1]) => {
    try {
      return await breaker.fire(url, init);
    } catch (err) {
      if ((err as { code?: string }).code === 'EOPENBREAKER')
        throw new SubgraphUnavailable(options.name, 'circuit-open');
      throw err;
    }
  }) as unknown as Fetcher;
  return { fetcher, breaker };
}
