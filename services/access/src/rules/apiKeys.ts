import { badInput, hashSecret } from '@dm/shared';
import { randomBytes } from 'node:crypto';

export const apiScopes = ['READ_PUBLIC', 'READ_STATISTICS', 'WRITE_EVENTS'] as const;
export type ApiScope = (typeof apiScopes)[number];

/** A partner secret: recognisable prefix, 32 random bytes; only its hash is kept. */
export function newApiSecret() {
  const secret = `dmk_${randomBytes(32).toString('base64url')}`;
  return { secret, prefix: secret.slice(0, 12), secretHash: hashSecret(secret) };
}

export function validateScopes(scopes: string[], field = 'input.scopes'): ApiScope[] {
  if (scopes.length === 0) throw badInput(field, 'Name at least one scope');
  return [...new Set(scopes)] as ApiScope[];
}

/** `lastUsedAt` is written at most once a minute per key, not on every request. */
export const LAST_USED_PRECISION_MS = 60_000;
export const shouldTouch = (lastUsedAt: Date | null, now: Date) =>
  !lastUsedAt || now.getTime() - lastUsedAt.getTime() >= LAST_USED_PRECISION_MS;
