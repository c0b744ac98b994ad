import { developmentSecrets, isProduction, loadConfig, subgraphEnv } from '@dm/shared';

export const env = loadConfig(subgraphEnv(4001));

/** The secret the gateway signs identities with: required in production, generated in development. */
export function identitySecret(): string {
  if (env.IDENTITY_SECRET) return env.IDENTITY_SECRET;
  if (isProduction()) throw new Error('Invalid configuration:\n  - IDENTITY_SECRET: required when NODE_ENV=production');
  return developmentSecrets(env.DATA_DIR).identitySecret;
}
