import { ConfigurationError, developmentSecrets, ErrorCode, type Identity, type Role, roles } from '@dm/shared';
import { GraphQLError } from 'graphql';
import { createRemoteJWKSet, errors, importSPKI, type JWTPayload, type JWTVerifyGetKey, jwtVerify } from 'jose';
import type { GatewayEnv } from './env.ts';
import { errorHeaders } from './errorHeaders.ts';

const departmentCodes = new Set(['14', '27', '50', '61', '76']);

/** A refused bearer token: 401 with the challenge RFC 6750 asks for. */
export const invalidToken = (message: string) =>
  new GraphQLError(message, {
    extensions: {
      code: ErrorCode.UNAUTHENTICATED,
      http: {
        status: 401,
        headers: errorHeaders([['www-authenticate', 'Bearer realm="destination-metier", error="invalid_token"']]),
      },
    },
  });

/** Maps verified token claims to the caller's identity; refuses claims that do not fit the role. */
export function identityFromClaims(claims: JWTPayload): Identity {
  const role = claims.role as Role;
  if (!roles.includes(role)) throw invalidToken('The token names no known role');
  const departments = Array.isArray(claims.departments) ? claims.departments.map(String) : [];
  if (departments.some((d) => !departmentCodes.has(d))) throw invalidToken('The token names an unknown department');
  const companyId = typeof claims.company === 'string' ? claims.company : undefined;
  const personId = typeof claims.person === 'string' ? claims.person : undefined;
  if (role === 'company' && !companyId) throw invalidToken('A company token must name its company');
  if ((role === 'ambassador' || role === 'referent') && !personId) {
    throw invalidToken(`A ${role} token must name its person`);
  }
  if (role === 'coordinator' && departments.length === 0) {
    throw invalidToken('A coordinator token must name its departments');
  }
  return {
    role,
    companyId,
    personId,
    departments,
    scopes: Array.isArray(claims.scopes) ? claims.scopes.map(String) : [],
    subject: claims.sub,
  };
}

/**
 * A token must say when it expires (`exp`), and live no longer than the configured maximum, counted from
 * its issue (`iat`) and from now: a token that never expires, or expires in a year, is refused.
 */
export function checkLifetime(payload: JWTPayload, maxLifetimeMs: number, nowMs = Date.now()) {
  if (typeof payload.exp !== 'number') throw invalidToken('The token must have an expiry (exp)');
  const maxSeconds = maxLifetimeMs / 1000;
  const now = nowMs / 1000;
  const issued = typeof payload.iat === 'number' ? Math.min(payload.iat, now) : now;
  if (payload.exp - issued > maxSeconds || payload.exp - now > maxSeconds) {
    throw invalidToken('The token lives longer than this graph accepts: ask for a shorter-lived one');
  }
}

export type BearerVerifier = (token: string) => Promise<Identity>;

/**
 * Chooses how bearer tokens are verified: a JWKS URL or a public key when configured (production),
 * else a shared secret (from AUTH_JWT_SECRET, or generated once into the data folder in development).
 */
export async function createBearerVerifier(env: GatewayEnv): Promise<BearerVerifier> {
  let key: Uint8Array | CryptoKey | JWTVerifyGetKey;
  let algorithms: string[];
  if (env.AUTH_JWKS_URL) {
    key = createRemoteJWKSet(new URL(env.AUTH_JWKS_URL));
    algorithms = ['RS256', 'ES256', 'EdDSA', 'PS256'];
  } else if (env.AUTH_JWT_PUBLIC_KEY) {
    key = await importSPKI(env.AUTH_JWT_PUBLIC_KEY, env.AUTH_JWT_ALGORITHM);
    algorithms = [env.AUTH_JWT_ALGORITHM];
  } else {
    key = new TextEncoder().encode(bearerSecret(env));
    algorithms = ['HS256'];
  }
  return async (token) => {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, key as Uint8Array, {
        issuer: env.AUTH_ISSUER,
        audience: env.AUTH_AUDIENCE,
        algorithms,
        requiredClaims: ['exp'],
      }));
    } catch (err) {
      // Keys that cannot be fetched are our failure, not the caller's: 503, and no failed authentication.
      const jose = err instanceof errors.JOSEError;
      if (!jose || err.code === 'ERR_JWKS_TIMEOUT' || err.code === 'ERR_JWKS_INVALID') {
        throw new GraphQLError('Tokens cannot be checked right now: retry in a moment', {
          extensions: {
            code: ErrorCode.DOWNSTREAM_SERVICE_ERROR,
            serviceName: 'identity provider',
            http: { status: 503 },
          },
        });
      }
      throw invalidToken('Invalid or expired token');
    }
    checkLifetime(payload, env.AUTH_MAX_TOKEN_LIFETIME);
    return identityFromClaims(payload);
  };
}

/** The HS256 secret: required in production (unless a key or JWKS is configured), generated in development. */
export function bearerSecret(env: Pick<GatewayEnv, 'AUTH_JWT_SECRET' | 'NODE_ENV' | 'DATA_DIR'>): string {
  if (env.AUTH_JWT_SECRET) return env.AUTH_JWT_SECRET;
  if (env.NODE_ENV === 'production') {
    throw new ConfigurationError(
      'Invalid configuration:\n  - AUTH_JWT_SECRET: required when NODE_ENV=production unless AUTH_JWT_PUBLIC_KEY or AUTH_JWKS_URL is set',
    );
  }
  return developmentSecrets(env.DATA_DIR).authJwtSecret;
}

/** `Authorization: Bearer <token>` → the token; absence is anonymous, anything else malformed is a 401. */
export function bearerToken(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  if (!match) throw invalidToken('The Authorization header must be "Bearer <token>"');
  return match[1];
}
