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

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string; field?: string } & Record<string, unknown> }[];
}

/** A tiny client for tests and scripts: POSTs an operation to the gateway. */
export function graphqlClient(url: string) {
  return async <T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options: { token?: string; headers?: Record<string, string> } = {},
  ): Promise<GraphQLResponse<T>> => {
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        ...options.headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    const text = await response.text();
    let body: { data?: T; errors?: GraphQLResponse['errors'] } = {};
    try {
      body = JSON.parse(text);
    } catch {
      body = { errors: [{ message: text }] };
    }
    return { status: response.status, headers: response.headers, data: body.data, errors: body.errors };
  };
}
