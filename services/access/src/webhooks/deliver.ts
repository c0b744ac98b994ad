import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { lookup as dnsLookupAll } from 'node:dns/promises';
import { badInput } from '@dm/shared';
import ipaddr from 'ipaddr.js';
import type { LookupFunction } from 'node:net';
import { Agent, request } from 'undici';
import { isPublicAddress, nextAttempt, signedHeaders } from '../rules/webhooks.ts';
import type { AttemptOutcome, DueDelivery } from '../store/webhooks.ts';

export class RefusedAddress extends Error {
  readonly code = 'EREFUSEDADDRESS';
}

/**
 * Name resolution for deliveries: in production, a name that resolves to a private, loopback or link-local
 * address is refused at connection time — a partner cannot point its domain at the graph's own network
 * after its subscription was accepted (DNS rebinding).
 */
export function guardedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses: LookupAddress[]) => {
      if (err) return callback(err, '', 0);
      const usable = allowPrivate ? addresses : addresses.filter((a) => isPublicAddress(a.address));
      if (usable.length === 0) return callback(new RefusedAddress(`${hostname} resolves to no public address`), '', 0);
      if ((options as { all?: boolean }).all)
        return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, usable);
      const [first] = usable as [LookupAddress];
      callback(null, first.address, first.family);
    });
  };
}

/**
 * At creation, in production: the receiver's name must resolve, and to public addresses only (checked again
 * at every delivery, as a name can change).
 */
export async function checkReceiver(url: URL, allowPrivate: boolean, field = 'input.url') {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (allowPrivate || ipaddr.isValid(host)) return;
  let addresses: LookupAddress[];
  try {
    addresses = await dnsLookupAll(host, { all: true });
  } catch {
    throw badInput(field, `${host} cannot be resolved`);
  }
  if (!addresses.some((a) => isPublicAddress(a.address))) {
    throw badInput(field, `${host} resolves to no public address`);
  }
}

export interface DeliveryOptions {
  /** Private and loopback receivers allowed (development and tests only). */
  allowPrivate: boolean;
  timeoutMs: number;
}

/**
 * The sender's HTTP client: its own connection pool, redirects never followed (a redirect is a failure,
 * since following it would send the payload where the partner did not register), a deadline per attempt.
 */
export function webhookClient(options: DeliveryOptions) {
  const agent = new Agent({
    connect: { lookup: guardedLookup(options.allowPrivate), timeout: options.timeoutMs },
    headersTimeout: options.timeoutMs,
    bodyTimeout: options.timeoutMs,
    connections: 16,
  });

  /** One attempt: what the receiver answered, how long it took, and when to try again if it failed. */
  async function attempt(delivery: DueDelivery, now = new Date()): Promise<AttemptOutcome> {
    const started = performance.now();
    let statusCode: number | null = null;
    let error: string | null = null;
    try {
      const response = await request(delivery.url, {
        method: 'POST',
        dispatcher: agent,
        headers: {
          'content-type': 'application/json',
          'user-agent': 'DestinationMetier-Webhooks/1.0',
          ...signedHeaders(delivery.eventId, delivery.payload, delivery, now),
        },
        body: delivery.payload,
        signal: AbortSignal.timeout(options.timeoutMs),
      });
      statusCode = response.statusCode;
      // The answer's body is never kept (it may hold anything): read and dropped.
      await response.body.dump({ limit: 64 * 1024 });
      if (statusCode < 200 || statusCode > 299) error = `HTTP ${statusCode}`;
    } catch (err) {
      error = describe(err);
    }
    const durationMs = Math.round(performance.now() - started);
    if (!error) return { statusCode, durationMs, error, next: null, delivered: true };
    return {
      statusCode,
      durationMs,
      error,
      delivered: false,
      next: nextAttempt(delivery.retryingSince, delivery.attempts + 1, now),
    };
  }

  return { attempt, close: () => agent.close() };
}

/** What went wrong, in our words: a network error's own message may quote addresses. */
function describe(err: unknown): string {
  const cause = (err as { cause?: { code?: string } })?.cause;
  const code = (err as { code?: string })?.code ?? cause?.code;
  if (err instanceof RefusedAddress || cause instanceof RefusedAddress) return 'refused address (not public)';
  if (
    (err as Error)?.name === 'TimeoutError' ||
    code === 'UND_ERR_HEADERS_TIMEOUT' ||
    code === 'UND_ERR_CONNECT_TIMEOUT'
  ) {
    return 'timeout';
  }
  if (code === 'ECONNREFUSED') return 'connection refused';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'name not resolved';
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') return 'connection reset';
  if (code?.startsWith('ERR_TLS') || code?.includes('CERT')) return 'TLS error';
  return code ? `network error (${code})` : 'network error';
}
