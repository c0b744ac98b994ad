import type { Fetcher, FetcherRequestInit } from '@apollo/utils.fetcher';
import { logger } from '@dm/shared';
import CircuitBreaker from 'opossum';
import { Agent, request } from 'undici';

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
  // undici's request API: keep-alive connections, and none of fetch's stream machinery per call.
  const agent = new Agent({ connections: options.maxSockets, keepAliveTimeout: 30_000 });
  // Only the subgraph's own failures reject (and count against its circuit); a 4xx is an answer.
  const call = async (url: string, init?: FetcherRequestInit) => {
    let answer: Awaited<ReturnType<typeof request>>;
    try {
      answer = await request(url, {
        method: (init?.method ?? 'POST') as 'POST',
        headers: init?.headers as Record<string, string>,
        body: init?.body as string | undefined,
        dispatcher: agent,
        signal: AbortSignal.timeout(options.timeoutMs),
      });
    } catch (err) {
      const timedOut = (err as Error).name === 'AbortError' || (err as Error).name === 'TimeoutError';
      throw new SubgraphUnavailable(options.name, timedOut ? 'timeout' : 'unreachable', err);
    }
    let body: ArrayBuffer;
    try {
      body = await answer.body.arrayBuffer();
    } catch (err) {
      throw new SubgraphUnavailable(options.name, 'unreachable', err);
    }
    if (answer.statusCode >= 500) throw new SubgraphUnavailable(options.name, 'failed');
    const headers = new Headers();
    for (const [name, value] of Object.entries(answer.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    return new Response(body, { status: answer.statusCode, headers });
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
  const fetcher = (async (url: string, init?: FetcherRequestInit) => {
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
