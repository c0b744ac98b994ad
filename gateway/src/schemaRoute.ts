import type { IncomingMessage, ServerResponse } from 'node:http';
import { printApiSchema } from '@dm/schema';
import { type Route, sendFresh } from '@dm/shared';

/**
 * `GET /schema.graphql`: the public API schema in SDL, with its descriptions and deprecations and without
 * federation's machinery, for code generators and partners (introspection is off in production). It
 * changes only with a deployment: cached for five minutes, then revalidated by its ETag.
 */
export function schemaRoute(supergraphSdl: string): Route {
  const body = printApiSchema(supergraphSdl);
  return (req: IncomingMessage, res: ServerResponse, url: URL) => {
    if (url.pathname !== '/schema.graphql' || (req.method !== 'GET' && req.method !== 'HEAD')) return false;
    sendFresh(req, res, body, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'public, max-age=300' });
    return true;
  };
}
