import type { IncomingMessage, ServerResponse } from 'node:http';
import { type Route, sendFresh } from '@dm/shared';
import { type GraphQLSchema, printSchema } from 'graphql';

/**
 * `GET /schema.graphql`: the public API schema in SDL, with its descriptions and deprecations and without
 * federation's machinery, for code generators and partners (introspection is off in production). It
 * changes only with a deployment: cached for five minutes, then revalidated by its ETag.
 */
export function schemaRoute(schema: GraphQLSchema): Route {
  const body = printSchema(schema);
  return (req: IncomingMessage, res: ServerResponse, url: URL) => {
    if (url.pathname !== '/schema.graphql' || (req.method !== 'GET' && req.method !== 'HEAD')) return false;
    sendFresh(req, res, body, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'public, max-age=300' });
    return true;
  };
}
