import type { IncomingMessage, ServerResponse } from 'node:http';
import cors from 'cors';
import type { GatewayEnv } from './env.ts';

/**
 * Headers a page may send. Tokens travel in `Authorization`, never in cookies, so no request needs
 * credentials mode. `x-api-key` is left out on purpose: a partner key is a secret, and a key in a web page
 * is a key anyone can read.
 */
export const corsAllowedHeaders = [
  'content-type',
  'authorization',
  // What Apollo Server's CSRF prevention asks of a GET (any of them makes the request preflighted).
  'apollo-require-preflight',
  'x-apollo-operation-name',
  'apollographql-client-name',
  'apollographql-client-version',
  'traceparent',
  'tracestate',
];

/** Headers a page may read in an answer: its budget, when to retry, and the validator of a cached answer. */
export const corsExposedHeaders = ['ratelimit-limit', 'ratelimit-remaining', 'ratelimit-reset', 'retry-after', 'etag'];

/**
 * Cross-origin access for the pages in `CORS_ORIGINS`: preflights (`OPTIONS`) answered 204 with the methods
 * and headers allowed, for ten minutes; other origins get no CORS header, so their browsers refuse the answer.
 * CSRF prevention stays on: a simple request (one a page can send without a preflight) is refused by
 * Apollo Server, so every cross-origin call goes through this check first.
 */
export function corsMiddleware(origins: GatewayEnv['CORS_ORIGINS']) {
  const allowed = origins === '*' ? undefined : new Set(origins);
  const middleware = cors({
    origin: allowed ? (origin, done) => done(null, origin !== undefined && allowed.has(origin)) : '*',
    methods: ['GET', 'POST'],
    allowedHeaders: corsAllowedHeaders,
    exposedHeaders: corsExposedHeaders,
    credentials: false,
    maxAge: 600,
    optionsSuccessStatus: 204,
  });
  return (req: IncomingMessage, res: ServerResponse, next: () => void) =>
    // cors is Connect middleware: its types want Express's request, it needs only Node's.
    middleware(req as never, res as never, next);
}
