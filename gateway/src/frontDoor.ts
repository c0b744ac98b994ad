import { logger, maskError } from '@dm/shared';
import { GraphQLError } from 'graphql';
import { Redis } from 'ioredis';
import { createAdmission } from './admission.ts';
import { createApiKeyVerifier } from './apiKeys.ts';
import type { BearerVerifier } from './auth.ts';
import { type GatewayEnv, subgraphTimeout } from './env.ts';
import { createRateLimits } from './rateLimit.ts';

/**
 * The graph's admission for an engine other than the Node gateway (the Hive Gateway plugin, the Apollo Router
 * coprocessor): the same settings, partner keys checked by the access subgraph, budgets in Redis when
 * `REDIS_URL` is set (shared with the Node gateway's replicas), otherwise in this process.
 */
export function createFrontDoor(options: {
  env: GatewayEnv;
  verifyBearer: BearerVerifier;
  identitySecret: string;
  accessUrl?: string;
}) {
  const { env } = options;
  const redis = env.REDIS_URL
    ? new Redis(env.REDIS_URL, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: false })
    : undefined;
  redis?.on('error', (err) => logger.warn({ err }, 'redis unavailable: budgets counted in this process meanwhile'));
  const shared = redis ? { redis, prefix: env.REDIS_KEY_PREFIX } : undefined;
  const admission = createAdmission({
    env,
    verifyBearer: options.verifyBearer,
    verifyApiKey: createApiKeyVerifier(
      options.accessUrl ?? 'http://localhost:4004/graphql',
      options.identitySecret,
      env.API_KEY_CACHE_MS,
      subgraphTimeout(env, 'access'),
      shared,
    ),
    limits: createRateLimits(env, shared),
    identitySecret: options.identitySecret,
  });
  return { admission, stop: () => redis?.disconnect() };
}

/** A refusal of admission as the Node gateway answers it (`sendRefusal`): HTTP status, headers, masked error. */
export function refusalOf(err: unknown): { status: number; headers: Record<string, string>; body: string } {
  if (!(err instanceof GraphQLError)) throw err;
  const http = err.extensions.http as { status?: number; headers?: Map<string, string> } | undefined;
  return {
    status: http?.status ?? 400,
    headers: { 'content-type': 'application/json; charset=utf-8', ...Object.fromEntries(http?.headers ?? []) },
    body: JSON.stringify({ errors: [maskError(err.toJSON(), err)] }),
  };
}
