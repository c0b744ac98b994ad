import { ErrorCode, type Identity, rateLimitRefusals } from '@dm/shared';
import {
  type DocumentNode,
  type FieldNode,
  type FragmentSpreadNode,
  getDirectiveValues,
  GraphQLError,
  valueFromASTUntyped,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  type InlineFragmentNode,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { Redis } from 'ioredis';
import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { GatewayEnv } from './env.ts';
import { errorHeaders } from './errorHeaders.ts';

/** Mutations anyone may call: the ones bots would flood, limited hardest. */
export const publicMutations = new Set([
  'registerForEvent',
  'cancelRegistration',
  'requestContact',
  'requestImmersion',
  'registerForParentsCafe',
  'registerGroupForEvent',
  'confirmRegistration',
  'confirmContactRequest',
  'cancelParentsCafeRegistration',
]);

export type ClientKind = 'apiKey' | 'user' | 'anonymous';

/** Which budget a request spends: its partner key, its signed-in user, or its client address. */
export function clientKey(identity: Identity, address: string): { kind: ClientKind; key: string } {
  if (identity.apiKeyId) return { kind: 'apiKey', key: `key:${identity.apiKeyId}` };
  if (identity.role !== 'public') return { kind: 'user', key: `user:${identity.subject ?? identity.role}` };
  return { kind: 'anonymous', key: `ip:${address}` };
}

/** A public mutation an operation calls: the e-mail address it names and what it is for, when given. */
export interface PublicCall {
  field: string;
  /** The address the registration or request is made for (lower-cased). */
  email: string | null;
  /** The event, café, offer, ambassador or company it is for. */
  target: string | null;
}

const text = (value: unknown) => (typeof value === 'string' && value.length > 0 ? value : null);

/** Who and what a public mutation's `input` names (the shapes of the public inputs). */
function callOf(field: FieldNode, variables: Record<string, unknown>): PublicCall {
  const arg = field.arguments?.find((a) => a.name.value === 'input');
  let input: Record<string, any> = {};
  try {
    const value = arg ? valueFromASTUntyped(arg.value, variables) : null;
    if (value && typeof value === 'object') input = value as Record<string, any>;
  } catch {
    // a value that does not read: validation refuses it; counted without address or target
  }
  const person = input.attendee ?? input.organiser ?? input.parent ?? input.requester ?? {};
  return {
    field: field.name.value,
    email: text(person?.email)?.toLowerCase() ?? null,
    target: text(input.eventId ?? input.cafeId ?? input.offerId ?? input.ambassadorId ?? input.companyId),
  };
}

/**
 * The root fields an operation calls, once per call, as execution would collect them: through fragments
 * and inline fragments, leaving out what `@skip`/`@include` leave out (with the request's variables).
 */
export function rootFieldsOf(
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> = {},
): string[] {
  return rootFieldNodesOf(document, operation, variables).map((field) => field.name.value);
}

/** The public mutations an operation calls (see `rootFieldsOf`), with the address and target of each. */
export function publicCallsOf(
  document: DocumentNode,
  operation: OperationDefinitionNode | null | undefined,
  variables: Record<string, unknown> = {},
): PublicCall[] {
  if (operation?.operation !== 'mutation') return [];
  return rootFieldNodesOf(document, operation, variables)
    .filter((field) => publicMutations.has(field.name.value))
    .map((field) => callOf(field, variables));
}

/** The public mutations an operation calls (see `rootFieldsOf`). */
export function publicMutationsOf(
  document: DocumentNode,
  operation: OperationDefinitionNode | null | undefined,
  variables: Record<string, unknown> = {},
): number {
  return publicCallsOf(document, operation, variables).length;
}

function rootFieldNodesOf(
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): FieldNode[] {
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
  const collect = (selectionSet: SelectionSetNode): FieldNode[] =>
    selectionSet.selections.flatMap((selection): FieldNode[] => {
      if (!included(selection)) return [];
      if (selection.kind === Kind.FIELD) return [selection];
      if (selection.kind === Kind.INLINE_FRAGMENT) return collect(selection.selectionSet);
      const fragment = fragments.get(selection.name.value);
      if (!fragment || seen.has(fragment.name.value)) return []; // cycles are refused by validation anyway
      seen.add(fragment.name.value);
      const inner = collect(fragment.selectionSet);
      seen.delete(fragment.name.value);
      return inner;
    });
  return collect(operation.selectionSet);
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
  which?: string,
) {
  const headers = errorHeaders(
    Object.entries({
      ...headersOf(limit, res),
      'retry-after': String(Math.max(1, Math.ceil(res.msBeforeNext / 1000))),
    }),
  );
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.RATE_LIMITED, ...(which ? { limit: which } : {}), http: { status: 429, headers } },
  });
}

async function spend(
  budget: string,
  limiter: RateLimiterAbstract,
  limit: number,
  key: string,
  points = 1,
  message?: string,
  which?: string,
) {
  try {
    return headersOf(limit, await limiter.consume(key, points));
  } catch (res) {
    if (res instanceof RateLimiterRes) {
      rateLimitRefusals.inc({ budget });
      throw rateLimited(limit, res, message, which);
    }
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
    | 'RATE_LIMIT_PUBLIC_MUTATIONS_PER_EMAIL_PER_HOUR'
    | 'RATE_LIMIT_PUBLIC_MUTATIONS_PER_TARGET_PER_HOUR'
    | 'RATE_LIMIT_AUTH_FAILURES_PER_MINUTE'
  >,
  shared?: { redis: Redis; prefix: string },
) {
  const limiter = (name: string, points: number, duration: number): RateLimiterAbstract => {
    const memory = new RateLimiterMemory({ points, duration });
    if (!shared) return memory;
    return new RateLimiterRedis({
      storeClient: shared.redis,
      keyPrefix: `${shared.prefix}:rl:${name}`,
      points,
      duration,
      rejectIfRedisNotReady: true,
      insuranceLimiter: memory,
    });
  };
  const perMinute: Record<ClientKind, number> = {
    apiKey: env.RATE_LIMIT_API_KEY_PER_MINUTE,
    user: env.RATE_LIMIT_USER_PER_MINUTE,
    anonymous: env.RATE_LIMIT_ANONYMOUS_PER_MINUTE,
  };
  const requests = Object.fromEntries(
    Object.entries(perMinute).map(([kind, points]) => [kind, limiter(kind, points, 60)]),
  ) as Record<ClientKind, RateLimiterAbstract>;
  const failures = limiter('authFailures', env.RATE_LIMIT_AUTH_FAILURES_PER_MINUTE, 60);
  const mutations = limiter('publicMutations', env.RATE_LIMIT_PUBLIC_MUTATIONS_PER_HOUR, 3600);
  const perEmail = limiter('publicMutationsPerEmail', env.RATE_LIMIT_PUBLIC_MUTATIONS_PER_EMAIL_PER_HOUR, 3600);
  const perTarget = limiter('publicMutationsPerTarget', env.RATE_LIMIT_PUBLIC_MUTATIONS_PER_TARGET_PER_HOUR, 3600);

  return {
    /** Spends one request of the caller's budget; its `RateLimit-*` headers, or a 429. */
    request(identity: Identity, address: string) {
      const { kind, key } = clientKey(identity, address);
      return spend(kind, requests[kind], perMinute[kind], key);
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
          rateLimitRefusals.inc({ budget: 'authFailures' });
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
    /**
     * Spends an anonymous caller's public mutations: from the client address's hourly budget (large enough
     * for a school whose classes share one address), from each e-mail address's and from each event's (or
     * offer's, or addressee's), so that throwaway addresses cannot fill an event from many client addresses
     * nor one address be flooded. Signed-in users and partner keys spend their own budgets (see `request`),
     * never an anonymous one. The 429 names the limit hit (`extensions.limit`).
     */
    async publicMutations(identity: Identity, address: string, calls: PublicCall[]) {
      if (calls.length === 0 || clientKey(identity, address).kind !== 'anonymous') return;
      const count = (key: (c: PublicCall) => string | null) => {
        const totals = new Map<string, number>();
        for (const c of calls) {
          const k = key(c);
          if (k) totals.set(k, (totals.get(k) ?? 0) + 1);
        }
        return [...totals];
      };
      await spend(
        'publicMutations',
        mutations,
        env.RATE_LIMIT_PUBLIC_MUTATIONS_PER_HOUR,
        `ip:${address}`,
        calls.length,
        'Too many registrations and requests from this client address this hour: retry later',
        'CLIENT_ADDRESS',
      );
      for (const [email, n] of count((c) => c.email)) {
        await spend(
          'publicMutationsPerEmail',
          perEmail,
          env.RATE_LIMIT_PUBLIC_MUTATIONS_PER_EMAIL_PER_HOUR,
          `email:${email}`,
          n,
          'Too many registrations and requests for this e-mail address this hour: retry later',
          'EMAIL',
        );
      }
      for (const [target, n] of count((c) => c.target)) {
        await spend(
          'publicMutationsPerTarget',
          perTarget,
          env.RATE_LIMIT_PUBLIC_MUTATIONS_PER_TARGET_PER_HOUR,
          `target:${target}`,
          n,
          'Too many registrations and requests for this event, offer or addressee this hour: retry later',
          'TARGET',
        );
      }
    },
  };
}

export type RateLimits = ReturnType<typeof createRateLimits>;
