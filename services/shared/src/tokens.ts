import { SignJWT } from 'jose';

/** Claims of a bearer token as the gateway reads them. */
export interface TokenClaims {
  role: string;
  company?: string;
  person?: string;
  departments?: string[];
  subject?: string;
}

export const TOKEN_ISSUER = 'destination-metier';
export const TOKEN_AUDIENCE = 'destination-metier-graph';

/** A bearer token signed with the shared development secret, as `npm run token` prints it. */
export async function signBearerToken(
  claims: TokenClaims,
  secret: string,
  expiresIn = '12h',
  { issuer = TOKEN_ISSUER, audience = TOKEN_AUDIENCE } = {},
): Promise<string> {
  const { subject, ...rest } = claims;
  return new SignJWT({ ...rest })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(issuer)
    .setAudience(audience)
    .setSubject(subject ?? `${claims.role}:${claims.company ?? claims.person ?? 'user'}`)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(new TextEncoder().encode(secret));
}
