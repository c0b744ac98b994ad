import { createHash } from 'node:crypto';
import { GATEWAY_SUBJECT, IDENTITY_HEADER, type Identity, signIdentity, unauthenticated } from '@dm/shared';

/**
 * Checks `x-api-key` secrets with the access subgraph (which keeps them hashed), caching answers for
 * a short while so that a partner's requests do not each cost a round trip.
 */
export function createApiKeyVerifier(accessGraphqlUrl: string, identitySecret: string, cacheMs: number) {
  const endpoint = new URL('/internal/api-keys/verify', accessGraphqlUrl);
  const cache = new Map<string, { identity: Identity | null; until: number }>();
  return async (secret: string): Promise<Identity> => {
    const key = createHash('sha256').update(secret).digest('hex');
    const now = Date.now();
    let entry = cache.get(key);
    if (!entry || entry.until < now) {
      const response = await fetch(endpoint, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [IDENTITY_HEADER]: await signIdentity(
            { role: 'admin', departments: [], scopes: [], subject: GATEWAY_SUBJECT },
            identitySecret,
          ),
        },
        body: JSON.stringify({ secret }),
        signal: AbortSignal.timeout(5000),
      });
      let identity: Identity | null = null;
      if (response.ok) {
        const found = (await response.json()) as { id: string; scopes: string[] };
        identity = {
          role: 'partner',
          apiKeyId: found.id,
          scopes: found.scopes,
          departments: [],
          subject: `apikey:${found.id}`,
        };
      } else if (response.status !== 404) {
        throw new Error(`key check failed: ${response.status}`);
      }
      entry = { identity, until: now + cacheMs };
      if (cache.size > 10_000) cache.clear();
      cache.set(key, entry);
    }
    if (!entry.identity) throw unauthenticated('Unknown or revoked API key');
    return entry.identity;
  };
}
