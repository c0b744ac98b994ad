import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { type AddressInfo, Server as NetServer } from 'node:net';
import { type ApolloServer, type BaseContext, HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';
import etag from 'etag';
import fresh from 'fresh';
import getRawBody from 'raw-body';
import { ErrorCode, maskError } from './errors.ts';
import { logger } from './logger.ts';
import { metricsContentType, metricsText } from './metrics.ts';
import {
  attachContext,
  beginRequest,
  endRequest,
  noteRefusal,
  REQUEST_ID_HEADER,
  type RequestInfo,
  requestIdOf,
} from './observe.ts';
import { activeTraceId, readTelemetryEnv, startServerSpan } from './telemetry.ts';
import { context as otelContext } from '@opentelemetry/api';

export type Route = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<boolean> | boolean;

export interface GraphQLHttpOptions<C extends BaseContext> {
  /** The service, as metrics, spans and the access log name it (`gateway`, `companies`...). */
  service: string;
  /** Bearer token `/metrics` asks for; `METRICS_TOKEN` when absent, none when that is unset. */
  metricsToken?: string;
  apollo: ApolloServer<C>;
  /**
   * Who is calling, and whether they may: runs before the body is read, so that a refused request costs
   * nothing. Throw a GraphQLError (with `extensions.http.status`, and headers if any) to refuse.
   */
  context: (req: IncomingMessage, res: ServerResponse) => Promise<C>;
  /** Readiness: resolves when the process can serve (database reachable). */
  ready: () => Promise<void>;
  /** Largest request body accepted, in bytes. */
  bodyLimit?: number;
  /** Extra routes tried before GraphQL (GraphiQL page, token-free endpoints). */
  routes?: Route[];
  /** Where GraphQL is served. */
  path?: string;
  /** Give GET answers an ETag and answer 304 when the client has it already (what a CDN or browser revalidates). */
  etag?: boolean;
  /**
   * Sees (and may complete) the GraphQL request once its body is read, before Apollo Server runs it: the
   * GET parameters, or the parsed POST body. Throw a GraphQLError (with `extensions.http.status`) to refuse.
   */
  prepare?: (request: GraphQLRequestParts, context: C) => void;
}

/** A GraphQL request as it arrived: `query`, `extensions`... in the URL for a GET, in the JSON body for a POST. */
export interface GraphQLRequestParts {
  method: 'GET' | 'POST';
  /** The URL's parameters (live: a change here is what Apollo Server reads). */
  params: URLSearchParams;
  body: unknown;
}

export interface ShutdownOptions {
  graceMs?: number;
  delayMs?: number;
}

export interface RunningServer {
  server: Server;
  url: string;
  port: number;
  /**
   * Stops gracefully: `/ready` answers 503 at once, and every answer closes its connection; after `delayMs`
   * (time for a load balancer to notice) no new connection is accepted; requests in flight finish, and
   * after `graceMs` whatever is left is cut.
   */
  close(options?: ShutdownOptions): Promise<void>;
}

/** The paths every process serves beside GraphQL: liveness, readiness (503 while stopping), Prometheus. */
export const PROBE_PATHS = { health: '/health', ready: '/ready', metrics: '/metrics' } as const;

/** Answers JSON with a status: the error answers of every route outside Apollo Server go through here. */
export const sendJson = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
};
const json = sendJson;

/**
 * Answers a GET (or HEAD) with an ETag, or 304 with no body when the client (a browser, a CDN, a calendar
 * application) holds that version already. Headers already set on `res` are kept.
 */
export function sendFresh(
  req: IncomingMessage,
  res: ServerResponse,
  body: string,
  headers: Record<string, string> = {},
) {
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  res.setHeader('etag', etag(body));
  if (fresh(req.headers, { etag: res.getHeader('etag') as string })) {
    res.statusCode = 304;
    return res.end();
  }
  res.end(req.method === 'HEAD' ? undefined : body);
}

const errorBody = (message: string, code: string) => ({ errors: [{ message, extensions: { code } }] });

/**
 * Answers a refusal thrown before Apollo Server ran (authentication, rate limits), in the GraphQL error
 * format, with the status and headers the error carries.
 */
export function sendRefusal(res: ServerResponse, err: unknown, { bodyRead = false } = {}) {
  if (!(err instanceof GraphQLError)) throw err;
  const http = err.extensions.http as { status?: number; headers?: Map<string, string> } | undefined;
  noteRefusal(res, err.extensions.code);
  for (const [name, value] of http?.headers ?? []) res.setHeader(name, value);
  // A body never read: close the connection rather than leave it half-consumed.
  if (!bodyRead) res.setHeader('connection', 'close');
  json(res, http?.status ?? 400, { errors: [maskError(err.toJSON(), err)] });
}

/**
 * The one HTTP front of every process of the graph: explicit body limit, `/health`, `/ready`, `/metrics`
 * (Prometheus), a span and an access log line per request (see `observe.ts`),
 * and GraphQL through Apollo Server (which enforces CSRF prevention on its side).
 */
export function graphqlHandler<C extends BaseContext>(options: GraphQLHttpOptions<C>) {
  const limit = options.bodyLimit ?? 100 * 1024;
  const path = options.path ?? '/graphql';
  const metricsToken = options.metricsToken ?? readTelemetryEnv().METRICS_TOKEN;
  const serve = async (req: IncomingMessage, res: ServerResponse, url: URL) => {
    try {
      for (const route of options.routes ?? []) {
        if (await route(req, res, url)) return;
      }
      if (url.pathname !== path) return json(res, 404, { error: 'Not found' });
      if (req.method !== 'GET' && req.method !== 'POST') {
        res.setHeader('allow', 'GET, POST');
        return json(res, 405, errorBody('Method not allowed: send GET or POST', ErrorCode.BAD_REQUEST));
      }

      let contextValue: C;
      try {
        contextValue = await options.context(req, res);
      } catch (err) {
        return sendRefusal(res, err);
      }
      attachContext(res, contextValue);

      let body: unknown;
      if (req.method === 'POST') {
        let raw: string;
        try {
          raw = await getRawBody(req, { limit, encoding: 'utf8' });
        } catch (err) {
          const status = (err as { status?: number }).status ?? 400;
          res.setHeader('connection', 'close');
          return json(
            res,
            status === 413 ? 413 : 400,
            errorBody(status === 413 ? 'Request body too large' : 'Unreadable request body', ErrorCode.BAD_REQUEST),
          );
        }
        const type = req.headers['content-type'] ?? '';
        if (type.includes('application/json')) {
          try {
            body = raw === '' ? undefined : JSON.parse(raw);
          } catch {
            return json(res, 400, errorBody('Malformed JSON body', ErrorCode.BAD_REQUEST));
          }
        } else {
          body = raw;
        }
      }

      if (options.prepare) {
        try {
          options.prepare({ method: req.method, params: url.searchParams, body }, contextValue);
        } catch (err) {
          return sendRefusal(res, err, { bodyRead: true });
        }
      }

      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
      }
      const result = await options.apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: req.method, headers, search: url.search, body },
        context: async () => contextValue,
      });
      for (const [key, value] of result.headers) res.setHeader(key, value);
      res.statusCode = result.status ?? 200;
      if (result.body.kind === 'complete') {
        if (options.etag && req.method === 'GET' && res.statusCode === 200) {
          return sendFresh(req, res, result.body.string);
        }
        res.end(result.body.string);
      } else {
        for await (const chunk of result.body.asyncIterator) res.write(chunk);
        res.end();
      }
    } catch (err) {
      logger.error({ err }, 'request failed');
      if (!res.headersSent) json(res, 500, errorBody('Internal server error', ErrorCode.INTERNAL_SERVER_ERROR));
      else res.end();
    }
  };
  return async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    // Probes and scrapes: no span, no access log line, no request count.
    if (url.pathname === PROBE_PATHS.health) return json(res, 200, { status: 'ok' });
    if (url.pathname === PROBE_PATHS.ready) {
      try {
        await options.ready();
        return json(res, 200, { status: 'ready' });
      } catch (err) {
        logger.warn({ err }, 'not ready');
        return json(res, 503, { status: 'unavailable' });
      }
    }
    if (url.pathname === PROBE_PATHS.metrics) return sendMetrics(req, res, metricsToken);
    const method = req.method ?? 'GET';
    const { span, context } = startServerSpan(`${method} ${url.pathname}`, req.headers, {
      'http.request.method': method,
      'url.path': url.pathname,
      'dm.service': options.service,
    });
    const info: RequestInfo = {
      id: requestIdOf(req),
      service: options.service,
      method,
      path: url.pathname,
      client: 'unknown',
      span,
      started: performance.now(),
    };
    beginRequest(res, info);
    res.setHeader(REQUEST_ID_HEADER, info.id);
    res.once('close', () => endRequest(res, info));
    await otelContext.with(context, () => {
      info.traceId = activeTraceId();
      return serve(req, res, url);
    });
  };
}

/** Prometheus's scrape: the process's metrics, behind a bearer token when one is configured. */
async function sendMetrics(req: IncomingMessage, res: ServerResponse, token: string | undefined) {
  if (token && req.headers.authorization !== `Bearer ${token}`) {
    res.setHeader('www-authenticate', 'Bearer realm="metrics"');
    return json(res, 401, { error: 'A bearer token is required' });
  }
  res.writeHead(200, { 'content-type': metricsContentType });
  res.end(await metricsText());
}

/**
 * Waits `ms`, then for the event loop's next poll for I/O: a timer fires before the loop reads what arrived
 * while it was busy (new connections, request bytes), and a decision taken at once would not see them.
 */
const afterPendingIo = (ms: number) => new Promise<void>((resolve) => setTimeout(() => setImmediate(resolve), ms));

export async function listen(
  handler: (req: IncomingMessage, res: ServerResponse) => void,
  port: number,
  host = '127.0.0.1',
): Promise<RunningServer> {
  let stopping = false;
  const inFlight = new Set<ServerResponse>();
  const server = createServer((req, res) => {
    if (stopping) {
      // Answered, but the client is told to reconnect elsewhere; a load balancer has seen /ready fail.
      res.setHeader('connection', 'close');
      if (req.url === PROBE_PATHS.ready) return json(res, 503, { status: 'stopping' });
    }
    inFlight.add(res);
    res.once('close', () => inFlight.delete(res));
    handler(req, res);
  });
  let lastConnection = 0;
  server.on('connection', () => {
    lastConnection = Date.now();
  });
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
    close: async ({ graceMs = 10_000, delayMs = 0 } = {}) => {
      if (stopping) return;
      stopping = true;
      // Answers still to come close their connection behind them, so no new request arrives on it.
      for (const res of inFlight) if (!res.headersSent) res.setHeader('connection', 'close');
      if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
      const deadline = Date.now() + graceMs;
      // Stop listening once no connection has come for a moment: closing the listening socket resets the
      // connections the kernel accepted but this process did not yet (its event loop busy with the answers
      // in flight), and their requests would be lost.
      do await afterPendingIo(50);
      while (Date.now() - lastConnection < 200 && Date.now() < deadline);
      // Stop listening only. http.Server#close would also cut "idle" connections at once, and a connection
      // just accepted whose request is not parsed yet counts as idle: under load, that loses requests.
      const closed = new Promise<void>((resolve) => NetServer.prototype.close.call(server, () => resolve()));
      // Settle: until no request has been in flight for a moment, every accepted connection gets its
      // request read and answered; then the connections left are idle ones, closed without loss.
      let quiet = 0;
      while (quiet < 2 && Date.now() < deadline) {
        await afterPendingIo(50);
        quiet = inFlight.size === 0 ? quiet + 1 : 0;
      }
      if (inFlight.size > 0) {
        logger.warn({ inFlight: inFlight.size }, 'requests still running at the end of the grace period: cut');
      }
      server.closeAllConnections();
      await closed;
    },
  };
}
