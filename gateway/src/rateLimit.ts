import type { ApolloServerPlugin } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import { ErrorCode } from '@dm/shared';
import { GraphQLError, type OperationDefinitionNode } from 'graphql';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { GatewayEnv } from './env.ts';
import type { GatewayContext } from './server.ts';

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
export function clientKey(identity: GatewayContext['identity'], address: string): { kind: ClientKind; key: string } {
  if (identity.apiKeyId) return { kind: 'apiKey', key: `key:${identity.apiKeyId}` };
  if (identity.role !== 'public') return { kind: 'user', key: `user:${identity.subject ?? identity.role}` };
  return { kind: 'anonymous', key: `ip:${address}` };
}

/** The public mutations an operation calls. */
export const publicMutationsOf = (operation: OperationDefinitionNode | null | undefined) =>
  operation?.operation === 'mutation'
    ? operation.selectionSet.selections.filter((s) => s.kind === 'Field' && publicMutations.has(s.name.value)).length
    : 0;

const headersOf = (limit: number, res: RateLimiterRes) => ({
  'ratelimit-limit': String(limit),
  'ratelimit-remaining': String(Math.max(0, res.remainingPoints)),
  'ratelimit-reset': String(Math.ceil(res.msBeforeNext / 1000)),
});

/**
 * Rate limits per partner key, per user and per anonymous client address (requests a minute), plus a
 * much smaller hourly budget of public mutations per client address. Every answer carries `RateLimit-*`
 * headers; over the limit, the request fails with RATE_LIMITED (HTTP 429) and `Retry-After`.
 */
export function rateLimitPlugin(
  env: Pick<
    GatewayEnv,
    | 'RATE_LIMIT_API_KEY_PER_MINUTE'
    | 'RATE_LIMIT_USER_PER_MINUTE'
    | 'RATE_LIMIT_ANONYMOUS_PER_MINUTE'
    | 'RATE_LIMIT_PUBLIC_MUTATIONS_PER_HOUR'
  >,
): ApolloServerPlugin<GatewayContext> {
  const perMinute: Record<ClientKind, number> = {
    apiKey: env.RATE_LIMIT_API_KEY_PER_MINUTE,
    user: env.RATE_LIMIT_USER_PER_MINUTE,
    anonymous: env.RATE_LIMIT_ANONYMOUS_PER_MINUTE,
  };
  const limiters = Object.fromEntries(
    Object.entries(perMinute).map(([kind, points]) => [kind, new RateLimiterMemory({ points, duration: 60 })]),
  ) as Record<ClientKind, RateLimiterMemory>;
  const mutations = new RateLimiterMemory({ points: env.RATE_LIMIT_PUBLIC_MUTATIONS_PER_HOUR, duration: 3600 });

  const refuse = (limit: number, res: RateLimiterRes) => {
    const headers = new HeaderMap(
      Object.entries({ ...headersOf(limit, res), 'retry-after': String(Math.ceil(res.msBeforeNext / 1000)) }),
    );
    return new GraphQLError('Too many requests: slow down and retry later', {
      extensions: { code: ErrorCode.RATE_LIMITED, http: { status: 429, headers } },
    });
  };

  return {
    async requestDidStart({ contextValue }) {
      const { kind, key } = clientKey(contextValue.identity, contextValue.clientAddress);
      let shown: Record<string, string> = {};
      return {
        async didResolveOperation({ operation }) {
          try {
            const res = await limiters[kind].consume(key);
            shown = headersOf(perMinute[kind], res);
          } catch (res) {
            if (res instanceof RateLimiterRes) throw refuse(perMinute[kind], res);
            throw res;
          }
          const calls = publicMutationsOf(operation);
          if (calls > 0) {
            try {
              await mutations.consume(`ip:${contextValue.clientAddress}`, calls);
            } catch (res) {
              if (res instanceof RateLimiterRes) throw refuse(env.RATE_LIMIT_PUBLIC_MUTATIONS_PER_HOUR, res);
              throw res;
            }
          }
        },
        async willSendResponse({ response }) {
          for (const [name, value] of Object.entries(shown)) {
            if (!response.http.headers.has(name)) response.http.headers.set(name, value);
          }
        },
      };
    },
  };
}
