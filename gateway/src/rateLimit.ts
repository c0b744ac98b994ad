import { HeaderMap } from '@apollo/server';
import { ErrorCode, type Identity } from '@dm/shared';
import {
  type DocumentNode,
  type FieldNode,
  type FragmentSpreadNode,
  getDirectiveValues,
  GraphQLError,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  type InlineFragmentNode,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
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

/**
 * The public mutations an operation calls, as execution would collect its root fields: through fragments
 * and inline fragments, leaving out what `@skip`/`@include` leave out (with the request's variables).
 */
export function publicMutationsOf(
  document: DocumentNode,
  operation: OperationDefinitionNode | null | undefined,
  variables: Record<string, unknown> = {},
): number {
  if (operation?.operation !== 'mutation') return 0;
  const fragments = new Map(
    document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])),
  );
  const included = (node: FieldNode | FragmentSpreadNode | InlineFragmentNode) => {
    try {
      return (
        getDirectiveValues(GraphQLSkipDirective, node, variables)?.if !== true &&
        getDirectiveValues(GraphQLIncludeDirective, node, variables)?.if !== false
      );
    } catch {
      return true; // a variable that does not coerce: counted, to be safe
    }
  };
  const seen = new Set<string>();
  const count = (selectionSet: SelectionSetNode): number =>
    selectionSet.selections.reduce((n, selection) => {
      if (!included(selection)) return n;
      if (selection.kind === Kind.FIELD) return n + (publicMutations.has(selection.name.value) ? 1 : 0);
      if (selection.kind === Kind.INLINE_FRAGMENT) return n + count(selection.selectionSet);
      const fragment = fragments.get(selection.name.value);
      if (!fragment || seen.has(fragment.name.value)) return n; // cycles are refused by validation anyway
      seen.add(fragment.name.value);
      const inner = count(fragment.selectionSet);
      seen.delete(fragment.name.value);
      return n + inner;
    }, 0);
  return count(operation.selectionSet);
}

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
    /**
     * Takes one failed authentication from the address's budget before checking credentials (a 429 once it
     * is spent, so concurrent attempts cannot all slip past the check); `authenticated` gives it back.
     */
    async reserveAuthentication(address: string) {
      try {
        await failures.consume(`ip:${address}`);
      } catch (res) {
        if (res instanceof RateLimiterRes) {
          throw rateLimited(
            env.RATE_LIMIT_AUTH_FAILURES_PER_MINUTE,
            res,
            'Too many failed authentications: retry later',
          );
        }
        throw res;
      }
    },
    /** The credentials were good: the point reserved for a failure is given back. */
    async authenticated(address: string) {
      await failures.reward(`ip:${address}`, 1);
    },
    /** Spends public mutations from the address's hourly budget. */
    publicMutations(address: string, calls: number) {
      return spend(mutations, env.RATE_LIMIT_PUBLIC_MUTATIONS_PER_HOUR, `ip:${address}`, calls);
    },
  };
}

export type RateLimits = ReturnType<typeof createRateLimits>;
