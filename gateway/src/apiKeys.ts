import { createHash } from 'node:crypto';
import {
  apiKeyChecks,
  ErrorCode,
  GATEWAY_SUBJECT,
  IDENTITY_HEADER,
  type Identity,
  identitySigner,
  unauthenticated,
} from '@dm/shared';
import { GraphQLError } from 'graphql';
import type { Redis } from 'ioredis';
import { LRUCache } from 'lru-cache';

/** An unknown key is remembered this long: a flood of the same wrong key costs one lookup. */
const UNKNOWN_KEY_MS = 5 * 60_000;
/** When the access service cannot answer, a key it accepted this recently still works (README says so). */
const STALE_KEY_MS = 2 * 60_000;

type Checked = { identity: Identity | null; until: number; checkedAt: number };

export const unknownApiKey = () => unauthenticated('Unknown or revoked API key');

/**
 * Checks `x-api-key` secrets with the access subgraph (which keeps them hashed). Answers are cached: a
 * valid key for `cacheMs` (a revoked key stops working within that delay), an unknown key for five minutes;
 * concurrent checks of one key share one lookup. `known(secret)` tells, without any lookup, whether the
 * key is a valid one seen recently. With a Redis client, answers are shared by every gateway replica (by the
 * secret's SHA-256, never the secret), for the same delays.
 */
export function createApiKeyVerifier(
  accessGraphqlUrl: string,
  identitySecret: string,
  cacheMs: number,
  timeoutMs = 5000,
  shared?: { redis: Redis; prefix: string },
) {
  const endpoint = new URL('/internal/api-keys/verify', accessGraphqlUrl);
  const sign = identitySigner(identitySecret);
  const gateway: Identity = { role: 'admin', departments: [], scopes: [], subject: GATEWAY_SUBJECT };
  const cache = new LRUCache<string, Checked>({ max: 20_000 });
  const pending = new Map<string, Promise<Checked>>();
  const hash = (secret: string) => createHash('sha256').update(secret).digest('hex');

  const sharedKey = (key: string) => `${shared?.prefix}:apikey:${key}`;
  /** The answer another replica got, if still good; Redis out of reach is no answer. */
  async function fromShared(key: string): Promise<Checked | undefined> {
    if (!shared) return undefined;
    try {
      const text = await shared.redis.get(sharedKey(key));
      const checked = text ? (JSON.parse(text) as Checked) : undefined;
      return checked && checked.until > Date.now() ? checked : undefined;
    } catch {
      return undefined;
    }
  }

  async function lookup(secret: string, key: string, stale: Checked | undefined): Promise<Checked> {
    const known = await fromShared(key);
    if (known) {
      apiKeyChecks.inc({ source: 'shared' });
      cache.set(key, known);
      return known;
    }
    apiKeyChecks.inc({ source: 'lookup' });
    let response: Response;
    try {
      response = await fetch(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [IDENTITY_HEADER]: await sign(gateway) },
        body: JSON.stringify({ secret }),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch {
      response = new Response(null, { status: 503 });
    }
    const now = Date.now();
    let checked: Checked;
    if (response.ok) {
      const found = (await response.json()) as { id: string; scopes: string[] };
      const identity: Identity = {
        role: 'partner',
        apiKeyId: found.id,
        scopes: found.scopes,
        departments: [],
        subject: `apikey:${found.id}`,
      };
      checked = { identity, until: now + cacheMs, checkedAt: now };
    } else if (response.status === 404) {
      checked = { identity: null, until: now + UNKNOWN_KEY_MS, checkedAt: now };
    } else if (stale?.identity && now - stale.checkedAt < STALE_KEY_MS) {
      return stale;
    } else {
      throw new GraphQLError('Partner keys cannot be checked right now: retry in a moment', {
        extensions: { code: ErrorCode.DOWNSTREAM_SERVICE_ERROR, serviceName: 'access', http: { status: 503 } },
      });
    }
    cache.set(key, checked);
    if (shared && checked.until > now) {
      await shared.redis.set(sharedKey(key), JSON.stringify(checked), 'PX', checked.until - now).catch(() => undefined);
    }
    return checked;
  }

  const verify = async (secret: string): Promise<Identity> => {
    const key = hash(secret);
    const cached = cache.get(key);
    let checked = cached && cached.until > Date.now() ? cached : undefined;
    if (checked) apiKeyChecks.inc({ source: 'memory' });
    else {
      let inFlight = pending.get(key);
      if (!inFlight) {
        inFlight = lookup(secret, key, cached).finally(() => pending.delete(key));
        pending.set(key, inFlight);
      }
      checked = await inFlight;
    }
    if (!checked.identity) throw unknownApiKey();
    return checked.identity;
  };
  verify.known = (secret: string) => {
    const cached = cache.get(hash(secret));
    return Boolean(cached?.identity && cached.until > Date.now());
  };
  return verify;
}

export type ApiKeyVerifier = ReturnType<typeof createApiKeyVerifier>;
