import { durationSetting, loadConfig, portSetting, shutdownDelaySetting, shutdownGraceSetting, z } from '@dm/shared';

const optionalUrl = z.url().optional();
const optionalMs = z.coerce.number().int().min(100).max(60_000).optional();

/**
 * Which proxies in front of the gateway may write the client's address into `X-Forwarded-For`: `false`
 * (none: the socket's address is the client), a number of hops (the client is that many entries from the right),
 * or a list of proxy addresses or CIDR ranges (`10.0.0.0/8,loopback`). The client is always the rightmost
 * untrusted entry, never the leftmost, which any client can write.
 */
export const trustProxySetting = z
  .string()
  .default('false')
  .transform((value, ctx): false | number | string[] => {
    const text = value.trim();
    if (text === 'false' || text === '0' || text === '') return false;
    if (/^\d+$/.test(text)) return Number(text);
    if (text === 'true') {
      ctx.addIssue({
        code: 'custom',
        message:
          'give the number of proxies in front of the gateway (e.g. 1) or their addresses (e.g. 10.0.0.0/8): "true" would let any client choose its own address',
      });
      return z.NEVER;
    }
    return text
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean);
  });

/**
 * Web pages allowed to call the graph from another origin: `https://app.example.fr,https://partner.example.org`
 * (scheme, host and port, as browsers send them in `Origin`), `*` for any page, or nothing (the default: no
 * cross-origin access).
 */
export const corsOriginsSetting = z
  .string()
  .default('')
  .transform((value, ctx): '*' | string[] => {
    const origins = value
      .split(',')
      .map((part) => part.trim().replace(/\/+$/, ''))
      .filter(Boolean);
    if (origins.length === 1 && origins[0] === '*') return '*';
    for (const origin of origins) {
      let parsed: URL | undefined;
      try {
        parsed = new URL(origin);
      } catch {
        parsed = undefined;
      }
      if (!parsed || parsed.origin !== origin || !/^https?:$/.test(parsed.protocol)) {
        ctx.addIssue({
          code: 'custom',
          message: `"${origin}" is not an origin: write scheme, host and port only (https://app.example.fr), or * alone`,
        });
        return z.NEVER;
      }
    }
    return origins;
  });

/** Files listing trusted documents (persisted operations), comma-separated. */
const fileListSetting = z
  .string()
  .default('')
  .transform((value) =>
    value
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean),
  );

export const gatewayEnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: portSetting(4000),
  HOST: z.string().default('127.0.0.1'),
  DATA_DIR: z.string().default('.data'),
  /** HS256 secret of bearer tokens. */
  AUTH_JWT_SECRET: z.string().min(32).optional(),
  /** PEM public key (SPKI) of bearer tokens, with its algorithm. */
  AUTH_JWT_PUBLIC_KEY: z.string().optional(),
  AUTH_JWT_ALGORITHM: z.enum(['RS256', 'ES256', 'EdDSA', 'PS256']).default('RS256'),
  AUTH_JWKS_URL: optionalUrl,
  AUTH_ISSUER: z.string().default('destination-metier'),
  AUTH_AUDIENCE: z.string().default('destination-metier-graph'),
  /** Longest accepted lifetime of a bearer token (from `iat`, or from now): `12h`, `30m`, `3600` (seconds). */
  AUTH_MAX_TOKEN_LIFETIME: durationSetting('12h'),
  IDENTITY_SECRET: z.string().min(32).optional(),
  COMPANIES_URL: optionalUrl,
  EVENTS_URL: optionalUrl,
  PEOPLE_URL: optionalUrl,
  ACCESS_URL: optionalUrl,
  /** Requests per minute: per partner key, per signed-in user, per anonymous client address. */
  RATE_LIMIT_API_KEY_PER_MINUTE: z.coerce.number().int().min(1).default(1200),
  RATE_LIMIT_USER_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  RATE_LIMIT_ANONYMOUS_PER_MINUTE: z.coerce.number().int().min(1).default(300),
  /**
   * Anonymous public mutations (registrations, contact and immersion requests) per client address per hour:
   * enough for a school whose classes and teachers share one address.
   */
  RATE_LIMIT_PUBLIC_MUTATIONS_PER_HOUR: z.coerce.number().int().min(1).default(120),
  /** ...per e-mail address they name, per hour. */
  RATE_LIMIT_PUBLIC_MUTATIONS_PER_EMAIL_PER_HOUR: z.coerce.number().int().min(1).default(10),
  /** ...per event, café, offer or addressee, per hour, from every client address together. */
  RATE_LIMIT_PUBLIC_MUTATIONS_PER_TARGET_PER_HOUR: z.coerce.number().int().min(1).default(600),
  /** Failed authentications (bad tokens, unknown keys) per client address per minute, before any is checked. */
  RATE_LIMIT_AUTH_FAILURES_PER_MINUTE: z.coerce.number().int().min(1).default(20),
  TRUST_PROXY: trustProxySetting,
  /** How long a partner key check is trusted: a revoked key stops working within this delay. */
  API_KEY_CACHE_MS: z.coerce.number().int().min(0).max(600_000).default(30_000),
  /** Largest estimated cost of one operation (IBM cost specification, as Apollo Router computes it). */
  MAX_OPERATION_COST: z.coerce.number().int().min(1).default(5_000),
  /** Size assumed for a list whose schema declares none (Apollo Router's `list_size`). */
  ASSUMED_LIST_SIZE: z.coerce.number().int().min(1).max(1_000).default(10),
  /** Deadline of one subgraph call; each subgraph can have its own (`COMPANIES_TIMEOUT_MS`...). */
  SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5_000),
  COMPANIES_TIMEOUT_MS: optionalMs,
  EVENTS_TIMEOUT_MS: optionalMs,
  PEOPLE_TIMEOUT_MS: optionalMs,
  ACCESS_TIMEOUT_MS: optionalMs,
  SUBGRAPH_MAX_SOCKETS: z.coerce.number().int().min(1).max(1024).default(64),
  /** A subgraph's circuit opens when this share of its calls failed (in a window of 10 s, or 4 deadlines)... */
  BREAKER_ERROR_PERCENTAGE: z.coerce.number().int().min(1).max(100).default(50),
  /** ...among at least this many calls; */
  BREAKER_MIN_CALLS: z.coerce.number().int().min(1).default(3),
  /** it answers at once while open, and lets one call through to probe after this delay. */
  BREAKER_RESET_MS: z.coerce.number().int().min(100).max(600_000).default(5_000),
  /**
   * A shared store (Redis) for rate limits, partner key checks, persisted queries and the response cache, so
   * that gateway replicas share them; in each process's memory when unset.
   */
  REDIS_URL: z.url().optional(),
  /** Prefix of the gateway's keys in Redis (several deployments may share one Redis). */
  REDIS_KEY_PREFIX: z
    .string()
    .regex(/^[\w.:-]{1,64}$/)
    .default('dm'),
  /** Cache whole answers to anonymous public queries, for as long as their cache hints allow. */
  RESPONSE_CACHE: z.enum(['true', 'false']).default('false'),
  /** Origins of the web pages that may call the graph (CORS). */
  CORS_ORIGINS: corsOriginsSetting,
  /**
   * Manifests of trusted documents (persisted operations) front-ends registered: Apollo's persisted query
   * manifest, or a JSON object from id to document (Relay, graphql-codegen's client preset).
   */
  TRUSTED_DOCUMENTS: fileListSetting,
  /** Anonymous clients may run only trusted documents; partner keys and signed-in users keep free-form access. */
  TRUSTED_DOCUMENTS_ONLY: z.enum(['true', 'false']).default('false'),
  /**
   * Folder of the built staff dashboard page, served at `/dashboard/`; apps/dashboard/dist (where
   * `npm run build -w @dm/dashboard` writes it) when unset.
   */
  DASHBOARD_DIR: z.string().min(1).optional(),
  SHUTDOWN_GRACE_MS: shutdownGraceSetting(),
  SHUTDOWN_DELAY_MS: shutdownDelaySetting(),
  BODY_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(10 * 1024 * 1024)
    .default(100 * 1024),
});
export type GatewayEnv = z.infer<typeof gatewayEnvSchema>;

export const readGatewayEnv = (env: NodeJS.ProcessEnv = process.env) => loadConfig(gatewayEnvSchema, env);

/** The deadline of calls to one subgraph. */
export const subgraphTimeout = (env: GatewayEnv, name: string): number =>
  ((env as Record<string, unknown>)[`${name.toUpperCase()}_TIMEOUT_MS`] as number | undefined) ??
  env.SUBGRAPH_TIMEOUT_MS;
