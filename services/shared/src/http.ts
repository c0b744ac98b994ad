import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type ApolloServer, type BaseContext, HeaderMap } from '@apollo/server';
import getRawBody from 'raw-body';
import { logger } from './logger.ts';

export type Route = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<boolean> | boolean;

export interface GraphQLHttpOptions<C extends BaseContext> {
  apollo: ApolloServer<C>;
  context: (req: IncomingMessage) => Promise<C>;
  /** Readiness: resolves when the process can serve (database reachable). */
  ready: () => Promise<void>;
  /** Largest request body accepted, in bytes. */
  bodyLimit?: number;
  /** Extra routes tried before GraphQL (GraphiQL page, token-free endpoints). */
  routes?: Route[];
  /** Where GraphQL is served. */
  path?: string;
}

export interface RunningServer {
  server: Server;
  url: string;
  port: number;
  close(): Promise<void>;
}

const json = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
};

/**
 * The one HTTP front of every process of the graph: explicit body limit, `/health`, `/ready`,
 * and GraphQL through Apollo Server (which enforces CSRF prevention on its side).
 */
export function graphqlHandler<C extends BaseContext>(options: GraphQLHttpOptions<C>) {
  const limit = options.bodyLimit ?? 100 * 1024;
  const path = options.path ?? '/graphql';
  return async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    try {
      if (url.pathname === '/health') return json(res, 200, { status: 'ok' });
      if (url.pathname === '/ready') {
        try {
          await options.ready();
          return json(res, 200, { status: 'ready' });
        } catch (err) {
          logger.warn({ err }, 'not ready');
          return json(res, 503, { status: 'unavailable' });
        }
      }
      for (const route of options.routes ?? []) {
        if (await route(req, res, url)) return;
      }
      if (url.pathname !== path) return json(res, 404, { error: 'Not found' });
      if (req.method !== 'GET' && req.method !== 'POST') {
        res.setHeader('allow', 'GET, POST');
        return json(res, 405, { error: 'Method not allowed' });
      }

      let body: unknown;
      if (req.method === 'POST') {
        let raw: string;
        try {
          raw = await getRawBody(req, { limit, encoding: 'utf8' });
        } catch (err) {
          const status = (err as { status?: number }).status ?? 400;
          // The rest of the body is never read: close the connection rather than leave it half-consumed.
          res.setHeader('connection', 'close');
          return json(res, status === 413 ? 413 : 400, {
            errors: [
              {
                message: status === 413 ? 'Request body too large' : 'Unreadable request body',
                extensions: { code: 'BAD_REQUEST' },
              },
            ],
          });
        }
        const type = req.headers['content-type'] ?? '';
        if (type.includes('application/json')) {
          try {
            body = raw === '' ? undefined : JSON.parse(raw);
          } catch {
            return json(res, 400, {
              errors: [{ message: 'Malformed JSON body', extensions: { code: 'BAD_REQUEST' } }],
            });
          }
        } else {
          body = raw;
        }
      }

      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
      }
      const result = await options.apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: req.method, headers, search: url.search, body },
        context: () => options.context(req),
      });
      for (const [key, value] of result.headers) res.setHeader(key, value);
      res.statusCode = result.status ?? 200;
      if (result.body.kind === 'complete') {
        res.end(result.body.string);
      } else {
        for await (const chunk of result.body.asyncIterator) res.write(chunk);
        res.end();
      }
    } catch (err) {
      logger.error({ err }, 'request failed');
      if (!res.headersSent)
        json(res, 500, {
          errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
        });
      else res.end();
    }
  };
}

export async function listen(
  handler: (req: IncomingMessage, res: ServerResponse) => void,
  port: number,
  host = '127.0.0.1',
): Promise<RunningServer> {
  const server = createServer(handler);
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  server.requestTimeout = 30_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
  return {
    server,
    port: address.port,
    url: `http://${shownHost}:${address.port}/graphql`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}
