import type { Fetcher, FetcherHeaders, FetcherRequestInit, FetcherResponse } from '@apollo/utils.fetcher';
import {
  breakerState,
  inClientSpan,
  injectTraceContext,
  logger,
  subgraphFetchDuration,
  subgraphFetchFailures,
} from '@dm/shared';
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

/** The answer Apollo's data source reads: already in memory, without a WHATWG stream to build per call. */
class SubgraphResponse implements FetcherResponse {
  readonly bodyUsed = false;
  readonly redirected = false;
  readonly statusText = '';
  readonly headers: FetcherHeaders;
  constructor(
    readonly url: string,
    readonly status: number,
    private readonly body: string,
    headers: Map<string, string>,
  ) {
    this.headers = {
      append: (name, value) => headers.set(name.toLowerCase(), value),
      delete: (name) => void headers.delete(name.toLowerCase()),
      get: (name) => headers.get(name.toLowerCase()) ?? null,
      has: (name) => headers.has(name.toLowerCase()),
      set: (name, value) => headers.set(name.toLowerCase(), value),
      entries: () => headers.entries(),
      keys: () => headers.keys(),
      values: () => headers.values(),
      [Symbol.iterator]: () => headers.entries(),
    };
  }
  get ok() {
    return this.status >= 200 && this.status < 300;
  }
  text() {
    return Promise.resolve(this.body);
  }
  json() {
    return Promise.resolve(JSON.parse(this.body));
  }
  arrayBuffer() {
    const bytes = Buffer.from(this.body);
    return Promise.resolve(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  }
  clone(): FetcherResponse {
    return this;
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
  const call = (url: string, init?: FetcherRequestInit) =>
    inClientSpan(`POST ${options.name}`, { 'dm.subgraph': options.name, 'server.address': new URL(url).host }, () =>
      measured(url, init),
    );
  const measured = async (url: string, init?: FetcherRequestInit) => {
    const stopTimer = subgraphFetchDuration.startTimer({ subgraph: options.name });
    try {
      return await send(url, init);
    } catch (err) {
      if (err instanceof SubgraphUnavailable) subgraphFetchFailures.inc({ subgraph: options.name, reason: err.reason });
      throw err;
    } finally {
      stopTimer();
    }
  };
  const send = async (url: string, init?: FetcherRequestInit) => {
    let answer: Awaited<ReturnType<typeof request>>;
    try {
      answer = await request(url, {
        method: (init?.method ?? 'POST') as 'POST',
        // The trace goes on in the subgraph (W3C `traceparent`).
        headers: injectTraceContext({ ...(init?.headers as Record<string, string>) }),
        body: init?.body as string | undefined,
        dispatcher: agent,
        signal: AbortSignal.timeout(options.timeoutMs),
      });
    } catch (err) {
      const timedOut = (err as Error).name === 'AbortError' || (err as Error).name === 'TimeoutError';
      throw new SubgraphUnavailable(options.name, timedOut ? 'timeout' : 'unreachable', err);
    }
    let body: string;
    try {
      body = await answer.body.text();
    } catch (err) {
      throw new SubgraphUnavailable(options.name, 'unreachable', err);
    }
    if (answer.statusCode >= 500) throw new SubgraphUnavailable(options.name, 'failed');
    const headers = new Map<string, string>();
    for (const [name, value] of Object.entries(answer.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    return new SubgraphResponse(url, answer.statusCode, body, headers);
  };
  const breaker = new CircuitBreaker(call, {
    name: options.name,
    timeout: false, // the call has its own deadline, which also aborts the request
    errorThresholdPercentage: options.breaker.errorPercentage,
    volumeThreshold: options.breaker.minCalls,
    resetTimeout: options.breaker.resetMs,
    // The window holds at least four deadlines: a subgraph that times out for callers who come one at a time
    // (never more than one call in flight) still trips its breaker after a few calls.
    rollingCountTimeout: Math.max(10_000, 4 * options.timeoutMs),
    rollingCountBuckets: 10,
  });
  const subgraph = { subgraph: options.name };
  breakerState.set(subgraph, 0);
  breaker.on('open', () => {
    breakerState.set(subgraph, 2);
    logger.warn(subgraph, 'circuit open: calls fail at once');
  });
  breaker.on('halfOpen', () => {
    breakerState.set(subgraph, 1);
    logger.info(subgraph, 'circuit half-open: probing');
  });
  breaker.on('close', () => {
    breakerState.set(subgraph, 0);
    logger.info(subgraph, 'circuit closed: calls flow again');
  });
  const fetcher = (async (url: string, init?: FetcherRequestInit) => {
    try {
      return await breaker.fire(url, init);
    } catch (err) {
      if ((err as { code?: string }).code === 'EOPENBREAKER') {
        subgraphFetchFailures.inc({ subgraph: options.name, reason: 'circuit-open' });
        throw new SubgraphUnavailable(options.name, 'circuit-open');
      }
      throw err;
    }
  }) as unknown as Fetcher;
  return { fetcher, breaker };
}
