import { HeaderMap } from '@apollo/server';
import { ErrorCode, type Identity } from '@dm/shared';
import { GraphQLError, type OperationDefinitionNode } from 'graphql';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { GatewayEnv } from './env.ts';

/** Mutations anyone may call: the ones bots would flood, limited hardest. */
export const publicMutations = new Set([
  'registerForEvent',
  'cancelRegistration',
  'requestContact',
  'requestImmersion',
  'registerForParentsCafe',
  'cancelParentsCafeRegistration',
]);

export type ClientKind = 'apiKey' | 'user' | 'anonymous';

/** Which budget a request spends: its partner key, its signed-in user, or its client address. */
export function clientKey(identity: Identity, address: string): { kind: ClientKind; key: string } {
  if (identity.apiKeyId) return { kind: 'apiKey', key: `key:${identity.apiKeyId}` };
  if (identity.role !== 'public') return { kind: 'user', key: `user:${identity.subject ?? identity.role}` };
  return { kind: 'anonymous', key: `ip:${address}` };
}

/** The public mutations an operation calls. */
export const publicMutationsOf = (operation: OperationDefinitionNode | null | undefined) =>
  operation?.operation === 'mutation'
    ? operation.selectionSet.selections.filter((s) => s.kind === 'Field' && publicMutations.has(s.name.value)).length
    : 0;

export type RateLimitHeaders = Record<string, string>;

const headersOf = (limit: number, res: RateLimiterRes): RateLimitHeaders => ({
  'ratelimit-limit': String(limit),
  'ratelimit-remaining': String(Math.max(0, res.remainingPoints)),
  'ratelimit-reset': String(Math.ceil(res.msBeforeNext / 1000)),
});

/** Over a budget: 429 with `Retry-After`, and the budget's `RateLimit-*` headers. */
export function rateLimited(
  limit: number,
  res: RateLimiterRes,
  message = 'Too many requests: slow down and retry later',
) {
  const headers = new HeaderMap(
    Object.entries({
      ...headersOf(limit, res),
      'retry-after': String(Math.max(1, Math.ceil(res.msBeforeNext / 1000))),
    }),
  );
  return new GraphQLError(message, { extensions: { code: ErrorCode.RATE_LIMITED, http: { status: 429, headers } } });
}

async function spend(limiter: RateLimiterMemory, limit: number, key: string, points = 1, message?: string) {
  try {
    return headersOf(limit, await limiter.consume(key, points));
  } catch (res) {
    if (res instanceof RateLimiterRes) throw rateLimited(limit, res, message);
    throw res;
  }
}

/**
 * The gateway's budgets: requests a minute per partner key, per signed-in user and per anonymous client
 * address, spent before a request is even read; failed authentications a minute per client address (past
 * it, no credential from that address is checked until the minute is over); public mutations an hour per
 * client address.
 */
export function createRateLimits(
  env: Pick<
    GatewayEnv,
    | 'RATE_LIMIT_API_KEY_PER_MINUTE'
    | 'RATE_LIMIT_USER_PER_MINUTE'
    | 'RATE_LIMIT_ANONYMOUS_PER_MINUTE'
    | 'RATE_LIMIT_PUBLIC_MUTATIONS_PER_HOUR'
    | 'RATE_LIMIT_AUTH_FAILURES_PER_MINUTE'
  >,
) {
  const perMinute: Record<ClientKind, number> = {
    apiKey: env.RATE_LIMIT_API_KEY_PER_MINUTE,
    user: env.RATE_LIMIT_USER_PER_MINUTE,
    anonymous: env.RATE_LIMIT_ANONYMOUS_PER_MINUTE,
  };
  const requests = Object.fromEntries(
    Object.entries(perMinute).map(([kind, points]) => [kind, new RateLimiterMemory({ points, duration: 60 })]),
  ) as Record<ClientKind, RateLimiterMemory>;
  const failures = new RateLimiterMemory({ points: env.RATE_LIMIT_AUTH_FAILURES_PER_MINUTE, duration: 60 });
  const mutations = new RateLimiterMemory({ points: env.RATE_LIMIT_PUBLIC_MUTATIONS_PER_HOUR, duration: 3600 });

  return {
    /** Spends one request of the caller's budget; its `RateLimit-*` headers, or a 429. */
    request(identity: Identity, address: string) {
      const { kind, key } = clientKey(identity, address);
      return spend(requests[kind], perMinute[kind], key);
    },
    /** Refuses at once an address whose failed authentications are over budget. */
    async assertMayAuthenticate(address: string) {
      const res = await failures.get(`ip:${address}`);
      if (res && res.remainingPoints <= 0) {
        throw rateLimited(env.RATE_LIMIT_AUTH_FAILURES_PER_MINUTE, res, 'Too many failed authentications: retry later');
      }
    },
    /** Records a failed authentication of the address. */
    async authenticationFailed(address: string) {
      await failures.penalty(`ip:${address}`, 1);
    },
    /** Spends public mutations from the address's hourly budget. */
    publicMutations(address: string, calls: number) {
      return spend(mutations, env.RATE_LIMIT_PUBLIC_MUTATIONS_PER_HOUR, `ip:${address}`, calls);
    },
  };
}

export type RateLimits = ReturnType<typeof createRateLimits>;
