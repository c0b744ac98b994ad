import type { IncomingMessage, ServerResponse } from 'node:http';
import { anonymous, ErrorCode, type Identity, identitySigner } from '@dm/shared';
import { GraphQLError } from 'graphql';
import ipaddr from 'ipaddr.js';
import proxyaddr from 'proxy-addr';
import type { ApiKeyVerifier } from './apiKeys.ts';
import { type BearerVerifier, bearerToken } from './auth.ts';
import type { GatewayEnv } from './env.ts';
import type { RateLimits } from './rateLimit.ts';

export interface GatewayContext {
  identity: Identity;
  /** The client's network address: the socket's, or the rightmost untrusted `X-Forwarded-For` entry. */
  clientAddress: string;
  /** The identity signed for the subgraphs. */
  identityToken: string;
}

/** Who may write `X-Forwarded-For` (see `TRUST_PROXY`): nobody, the nearest `n` hops, or listed addresses. */
export function proxyTrust(setting: GatewayEnv['TRUST_PROXY']): (address: string, hop: number) => boolean {
  if (setting === false) return () => false;
  if (typeof setting === 'number') return (_address, hop) => hop < setting;
  return proxyaddr.compile(setting);
}

/**
 * An address as budgets count it: an IPv4 address (IPv4-mapped IPv6 ones included) as itself, an IPv6
 * address by its /64 — the block one subscriber gets, where a client could otherwise pick a fresh address
 * for every request.
 */
export function budgetAddress(address: string): string {
  if (!ipaddr.isValid(address)) return address;
  const parsed = ipaddr.process(address);
  if (parsed.kind() === 'ipv4') return parsed.toString();
  return `${(parsed as ipaddr.IPv6).parts
    .slice(0, 4)
    .map((part) => part.toString(16))
    .join(':')}::/64`;
}

/** The client's address: never the leftmost `X-Forwarded-For` entry, which the client writes itself. */
export const clientAddressOf = (req: IncomingMessage, trust: ReturnType<typeof proxyTrust>) =>
  budgetAddress(proxyaddr(req, trust) || 'unknown');

/**
 * Admits a request before its body is read: finds the client's address, checks its credentials (a bearer
 * token or a partner key, never both) unless that address failed too often lately, spends one request of
 * the caller's budget and sets the `RateLimit-*` headers, and signs the identity the subgraphs trust.
 * Refusals are GraphQL errors carrying their HTTP status: 401, 429, or 503 when keys cannot be checked.
 */
export function createAdmission(options: {
  env: GatewayEnv;
  verifyBearer: BearerVerifier;
  verifyApiKey: ApiKeyVerifier;
  limits: RateLimits;
  identitySecret: string;
}) {
  const trust = proxyTrust(options.env.TRUST_PROXY);
  const sign = identitySigner(options.identitySecret);

  async function authenticate(req: IncomingMessage, address: string): Promise<Identity> {
    const authorization = req.headers.authorization;
    const apiKey = req.headers['x-api-key'];
    if (!authorization && apiKey === undefined) return anonymous;
    // A key seen valid a moment ago costs nothing to check, even from an address that failed lately.
    const knownKey = typeof apiKey === 'string' && !authorization && options.verifyApiKey.known(apiKey);
    if (!knownKey) await options.limits.reserveAuthentication(address);
    try {
      if (authorization && apiKey !== undefined) {
        throw new GraphQLError('Send either a bearer token or an API key, not both', {
          extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } },
        });
      }
      let identity: Identity;
      if (authorization) identity = await options.verifyBearer(bearerToken(authorization) as string);
      else if (typeof apiKey === 'string' && apiKey) identity = await options.verifyApiKey(apiKey);
      else {
        throw new GraphQLError('The x-api-key header is empty', {
          extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } },
        });
      }
      if (!knownKey) await options.limits.authenticated(address);
      return identity;
    } catch (err) {
      // Only a refused credential spends the budget; our own failure to check one (keys, JWKS) does not.
      const refused = err instanceof GraphQLError && err.extensions.code === ErrorCode.UNAUTHENTICATED;
      if (!knownKey && !refused) await options.limits.authenticated(address);
      throw err;
    }
  }

  return async (req: IncomingMessage, res: ServerResponse): Promise<GatewayContext> => {
    const clientAddress = clientAddressOf(req, trust);
    const identity = await authenticate(req, clientAddress);
    const headers = await options.limits.request(identity, clientAddress);
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    return { identity, clientAddress, identityToken: await sign(identity) };
  };
}

export type Admission = ReturnType<typeof createAdmission>;
