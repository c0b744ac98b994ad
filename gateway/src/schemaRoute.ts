import type { IncomingMessage, ServerResponse } from 'node:http';
import { apiSchemaSdlOf } from '@dm/schema';
import { type Route, sendFresh } from '@dm/shared';

/**
 * `GET /schema.graphql`: the public API schema in SDL, with its descriptions and deprecations and without
 * federation's machinery, for code generators and partners (introspection is off in production). It
 * changes only with a deployment: printed once, at its first request, cached for five minutes, then revalidated by its ETag.
 */
export function schemaRoute(supergraphSdl: string): Route {
  // Printed at its first request: a start does not wait for it.
  let body: string | undefined;
  return (req: IncomingMessage, res: ServerResponse, url: URL) => {
    if (url.pathname !== '/schema.graphql' || (req.method !== 'GET' && req.method !== 'HEAD')) return false;
    body ??= apiSchemaSdlOf(supergraphSdl);
    sendFresh(req, res, body, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'public, max-age=300' });
    return true;
  };
}
