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

/** What admission reads of a request, whatever engine serves it. */
export interface Caller {
  /** The `Authorization` header, if any. */
  authorization?: string;
  /** The `x-api-key` header, if any (several values are refused like an empty one). */
  apiKey?: string | string[];
  /** The client's address as budgets count it (see `clientAddressOf`). */
  address: string;
}

/** An admitted request: who calls, with the identity signed for the subgraphs and the `RateLimit-*` headers. */
export interface Admitted {
  context: GatewayContext;
  headers: Record<string, string>;
}

/**
 * Admits a request before its body is read: finds the client's address, checks its credentials (a bearer
 * token or a partner key, never both) unless that address failed too often lately, spends one request of
 * the caller's budget and sets the `RateLimit-*` headers, and signs the identity the subgraphs trust.
 * Refusals are GraphQL errors carrying their HTTP status: 401, 429, or 503 when keys cannot be checked.
 *
 * This is the one implementation of the graph's front door: the Node gateway calls it for every request,
 * and so does the Hive Gateway plugin (`hive.ts`) through `admission.admit` and `admission.addressOf`.
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

  async function authenticate({ authorization, apiKey, address }: Caller): Promise<Identity> {
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

  const admit = async (caller: Caller): Promise<Admitted> => {
    const identity = await authenticate(caller);
    const headers = await options.limits.request(identity, caller.address);
    return { context: { identity, clientAddress: caller.address, identityToken: await sign(identity) }, headers };
  };

  const admission = async (req: IncomingMessage, res: ServerResponse): Promise<GatewayContext> => {
    const { context, headers } = await admit({
      authorization: req.headers.authorization,
      apiKey: req.headers['x-api-key'],
      address: clientAddressOf(req, trust),
    });
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    return context;
  };
  /** Admission for an engine that is not Node's HTTP server: the caller's headers and address given apart. */
  admission.admit = admit;
  /** The client's address of a Node request, under this gateway's `TRUST_PROXY`. */
  admission.addressOf = (req: IncomingMessage) => clientAddressOf(req, trust);
  return admission;
}

export type Admission = ReturnType<typeof createAdmission>;
