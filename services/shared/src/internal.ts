import type { IncomingMessage, ServerResponse } from 'node:http';
import getRawBody from 'raw-body';
import { type Route, sendJson } from './http.ts';
import { IDENTITY_HEADER, identityVerifier } from './identity.ts';

/**
 * An endpoint between the graph's own processes, beside GraphQL (`POST /internal/...`, JSON in and out):
 * only a request signed with the identity secret under `subject` is answered (401 unsigned, 403 another
 * subject), so no client reaches it, through the gateway or around it.
 */
export function internalRoute(options: {
  path: string;
  identitySecret: string;
  /** The only signed subject allowed (the gateway's own calls, the webhook hub...). */
  subject: string;
  /** Largest body read, in bytes. */
  limit?: number;
  handle: (body: unknown) => Promise<{ status: number; body: unknown }>;
}): Route {
  const verify = identityVerifier(options.identitySecret);
  return async (req: IncomingMessage, res: ServerResponse, url: URL) => {
    if (url.pathname !== options.path || req.method !== 'POST') return false;
    try {
      const caller = await verify(req.headers[IDENTITY_HEADER] as string | undefined);
      if (caller.subject !== options.subject) return (sendJson(res, 403, { error: 'forbidden' }), true);
    } catch {
      return (sendJson(res, 401, { error: 'unauthenticated' }), true);
    }
    let body: unknown;
    try {
      body = JSON.parse(await getRawBody(req, { limit: options.limit ?? 16 * 1024, encoding: 'utf8' }));
    } catch {
      return (sendJson(res, 400, { error: 'bad request' }), true);
    }
    const answer = await options.handle(body);
    sendJson(res, answer.status, answer.body);
    return true;
  };
}
