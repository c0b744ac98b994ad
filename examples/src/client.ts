import type { TypedDocumentString } from './gql/graphql.ts';

/** An error the graph answered: its `extensions.code` (BAD_USER_INPUT, RATE_LIMITED...) and the field at fault. */
export class GraphError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
    readonly field: string | undefined,
    readonly status: number,
  ) {
    super(message);
  }
}

export interface ClientOptions {
  /** The graph's endpoint, e.g. `https://graph.example.fr/graphql`. */
  url: string;
  /** A partner key (`x-api-key`): servers only, never in a web page. */
  apiKey?: string;
  /** A user's bearer token. */
  token?: string;
  /** Send registered operations by id only (trusted documents), as a public front-end would. */
  byId?: boolean;
  /** How many times to wait and retry after 429 (per `Retry-After`) or a 503; 2 by default. */
  retries?: number;
}

interface Answer<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; field?: string } }[];
}

const pause = (seconds: number) => new Promise((resolve) => setTimeout(resolve, seconds * 1000));

/**
 * A small typed client: `request(SearchCompanies, { search: 'bois' })` returns the answer's `data`, typed
 * from the operation. A query sent by id goes by GET (a CDN can keep the answer); everything else by POST.
 * Throws a GraphError on any error, even beside partial data: a partner's sync should not store half an
 * answer as if it were whole. Waits and retries when told to come back later (429 `Retry-After`, 503).
 */
export function createClient(options: ClientOptions) {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    // What the graph's CSRF prevention asks of a GET; harmless on a POST.
    'apollo-require-preflight': 'true',
    ...(options.apiKey ? { 'x-api-key': options.apiKey } : {}),
    ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
  };

  async function send<T, V>(document: TypedDocumentString<T, V>, variables: V): Promise<Response> {
    const hash = document.__meta__?.hash as string | undefined;
    if (options.byId && hash) {
      const extensions = { persistedQuery: { version: 1, sha256Hash: hash } };
      const isQuery = /^\s*(query\b|\{)/.test(document.toString());
      if (isQuery) {
        const url = new URL(options.url);
        url.searchParams.set('extensions', JSON.stringify(extensions));
        if (variables) url.searchParams.set('variables', JSON.stringify(variables));
        return fetch(url, { headers });
      }
      return fetch(options.url, { method: 'POST', headers, body: JSON.stringify({ variables, extensions }) });
    }
    return fetch(options.url, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query: document.toString(), variables }),
    });
  }

  return async function request<T, V>(
    document: TypedDocumentString<T, V>,
    ...[variables]: V extends Record<string, never> ? [] : [V]
  ): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      const response = await send(document, variables as V);
      const retryAfter = Number(response.headers.get('retry-after') ?? '1');
      if ((response.status === 429 || response.status === 503) && attempt < (options.retries ?? 2)) {
        await response.body?.cancel();
        await pause(Math.min(Number.isFinite(retryAfter) ? retryAfter : 1, 60));
        continue;
      }
      const answer = (await response.json()) as Answer<T>;
      const error = answer.errors?.[0];
      if (error || !answer.data) {
        throw new GraphError(
          error?.message ?? `HTTP ${response.status} without data`,
          error?.extensions?.code,
          error?.extensions?.field,
          response.status,
        );
      }
      return answer.data;
    }
  };
}

export type Request = ReturnType<typeof createClient>;
