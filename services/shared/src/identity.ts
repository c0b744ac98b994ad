import { decodeJwt, jwtVerify, SignJWT } from 'jose';
import { LRUCache } from 'lru-cache';
import { unauthenticated } from './errors.ts';

/** Roles of the graph (README, "Access and personal data"). */
export const roles = ['public', 'partner', 'company', 'ambassador', 'referent', 'coordinator', 'admin'] as const;
export type Role = (typeof roles)[number];

/** Who is calling, as the gateway established it. Subgraphs trust only this, never client headers. */
export interface Identity {
  role: Role;
  /** The company a `company` user acts for. */
  companyId?: string;
  /** The person (ambassador, referent, coordinator) behind the token. */
  personId?: string;
  /** Departments a coordinator or referent is bound to ("14", "50", ...). */
  departments: string[];
  /** Partner API key id, when the caller used one. */
  apiKeyId?: string;
  scopes: string[];
  /** Subject of the original token, for audit. */
  subject?: string;
}

export const anonymous: Identity = { role: 'public', departments: [], scopes: [] };

/** The header through which the gateway hands the signed identity to subgraphs. */
export const IDENTITY_HEADER = 'x-dm-identity';
const AUDIENCE = 'destination-metier-subgraphs';
const ISSUER = 'destination-metier-gateway';

const key = (secret: string) => new TextEncoder().encode(secret);

/** How long a signed identity lives; it travels only from the gateway to a subgraph, within one request. */
const IDENTITY_LIFETIME_S = 120;

export async function signIdentity(identity: Identity, secret: string): Promise<string> {
  return new SignJWT({ ...identity })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${IDENTITY_LIFETIME_S}s`)
    .sign(key(secret));
}

/** Refuses anything the gateway did not sign: a subgraph is never called directly by clients. */
export async function verifyIdentity(token: string | undefined | null, secret: string): Promise<Identity> {
  if (!token) throw unauthenticated('This service only answers requests that come through the gateway');
  try {
    const { payload } = await jwtVerify(token, key(secret), {
      issuer: ISSUER,
      audience: AUDIENCE,
      algorithms: ['HS256'],
    });
    const role = roles.includes(payload.role as Role) ? (payload.role as Role) : undefined;
    if (!role) throw new Error('unknown role');
    return {
      role,
      companyId: typeof payload.companyId === 'string' ? payload.companyId : undefined,
      personId: typeof payload.personId === 'string' ? payload.personId : undefined,
      departments: Array.isArray(payload.departments) ? payload.departments.map(String) : [],
      apiKeyId: typeof payload.apiKeyId === 'string' ? payload.apiKeyId : undefined,
      scopes: Array.isArray(payload.scopes) ? payload.scopes.map(String) : [],
      subject: typeof payload.subject === 'string' ? payload.subject : undefined,
    };
  } catch {
    throw unauthenticated('The identity of this request was not signed by the gateway');
  }
}

/**
 * The gateway's signer: one token per distinct caller, reused until a minute before it expires, so that
 * a request costs no signature.
 */
export function identitySigner(secret: string) {
  const tokens = new LRUCache<string, { token: string; until: number }>({ max: 10_000 });
  return async (identity: Identity): Promise<string> => {
    const key = JSON.stringify(identity);
    const cached = tokens.get(key);
    if (cached && cached.until > Date.now()) return cached.token;
    const token = await signIdentity(identity, secret);
    tokens.set(key, { token, until: Date.now() + (IDENTITY_LIFETIME_S - 60) * 1000 });
    return token;
  };
}

/** A subgraph's verifier: a token already verified is trusted until its own expiry, without a second check. */
export function identityVerifier(secret: string) {
  const verified = new LRUCache<string, { identity: Identity; until: number }>({ max: 10_000 });
  return async (token: string | undefined | null): Promise<Identity> => {
    const cached = token ? verified.get(token) : undefined;
    if (cached && cached.until > Date.now()) return cached.identity;
    const identity = await verifyIdentity(token, secret);
    // Trusted again until a minute from now, never past its own expiry.
    const expires = (decodeJwt(token as string).exp ?? 0) * 1000;
    verified.set(token as string, { identity, until: Math.min(Date.now() + 60_000, expires) });
    return identity;
  };
}

/** The subject the gateway signs its own internal calls with (key checks), never a client's. */
export const GATEWAY_SUBJECT = 'gateway:internal';
