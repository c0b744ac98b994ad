import { loadConfig, portSetting, z } from '@dm/shared';

const optionalUrl = z.url().optional();

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
  IDENTITY_SECRET: z.string().min(32).optional(),
  COMPANIES_URL: optionalUrl,
  EVENTS_URL: optionalUrl,
  PEOPLE_URL: optionalUrl,
  ACCESS_URL: optionalUrl,
  /** Requests per minute: per partner key, per signed-in user, per anonymous client address. */
  RATE_LIMIT_API_KEY_PER_MINUTE: z.coerce.number().int().min(1).default(1200),
  RATE_LIMIT_USER_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  RATE_LIMIT_ANONYMOUS_PER_MINUTE: z.coerce.number().int().min(1).default(300),
  /** Public mutations (registrations, contact and immersion requests) per client address per hour. */
  RATE_LIMIT_PUBLIC_MUTATIONS_PER_HOUR: z.coerce.number().int().min(1).default(30),
  /** Trust X-Forwarded-For (only behind a proxy that sets it). */
  TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  /** How long a partner key check is trusted: a revoked key stops working within this delay. */
  API_KEY_CACHE_MS: z.coerce.number().int().min(0).max(600_000).default(30_000),
  SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
  SUBGRAPH_MAX_SOCKETS: z.coerce.number().int().min(1).max(1024).default(64),
  BODY_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(10 * 1024 * 1024)
    .default(100 * 1024),
});
export type GatewayEnv = z.infer<typeof gatewayEnvSchema>;

export const readGatewayEnv = (env: NodeJS.ProcessEnv = process.env) => loadConfig(gatewayEnvSchema, env);
