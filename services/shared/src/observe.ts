import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { Span } from '@opentelemetry/api';
import { SpanStatusCode } from '@opentelemetry/api';
import { pino } from 'pino';
import type { Identity } from './identity.ts';
import { operationLabel, requestDuration, requestsTotal } from './metrics.ts';

/** The header naming a request across the gateway and the subgraphs (and in every access log line). */
export const REQUEST_ID_HEADER = 'x-request-id';

/** Who a request is from, as the access log and the metrics say it: never who exactly. */
export type ClientKind = 'partner' | 'user' | 'anonymous' | 'internal' | 'unknown';

/** What is known of one request while it runs. */
export interface RequestInfo {
  id: string;
  service: string;
  method: string;
  path: string;
  operation?: string;
  client: ClientKind;
  /** The first error code of the answer, if any. */
  code?: string;
  span: Span;
  traceId?: string;
  started: number;
}

const byResponse = new WeakMap<ServerResponse, RequestInfo>();
/** Where a GraphQL context keeps its request (a symbol: Apollo Server copies the context's own properties). */
const REQUEST = Symbol('request');

/** A caller's request id when it is a plausible one, else a new one. */
export function requestIdOf(req: IncomingMessage): string {
  const given = req.headers[REQUEST_ID_HEADER];
  return typeof given === 'string' && /^[\w.:-]{1,128}$/.test(given) ? given : randomUUID();
}

export const clientKindOf = (identity: Identity | undefined): ClientKind => {
  if (!identity) return 'unknown';
  if (identity.apiKeyId) return 'partner';
  if (identity.subject?.includes(':internal') || identity.subject?.startsWith('webhooks')) return 'internal';
  return identity.role === 'public' ? 'anonymous' : 'user';
};

export const beginRequest = (res: ServerResponse, info: RequestInfo) => byResponse.set(res, info);
export const requestInfoOf = (res: ServerResponse) => byResponse.get(res);
/** Ties a GraphQL context to its request, so that Apollo's hooks (and the gateway's calls) find it. */
export function attachContext(res: ServerResponse, contextValue: object) {
  const info = byResponse.get(res);
  if (!info) return;
  Object.defineProperty(contextValue, REQUEST, { value: info, enumerable: true });
  info.client = clientKindOf((contextValue as { identity?: Identity }).identity);
}
export const requestOfContext = (contextValue: object) => (contextValue as { [REQUEST]?: RequestInfo })[REQUEST];
/** A refusal before GraphQL ran (authentication, rate limit): its code is the request's outcome. */
export function noteRefusal(res: ServerResponse, code: unknown) {
  const info = byResponse.get(res);
  if (info && typeof code === 'string') info.code ??= code;
}

/**
 * The access log: one line per request, with its id, service, operation name, client kind, status, duration and
 * trace id; never an address, a header, a variable or an answer. `LOG_LEVEL` silences it with the rest.
 */
export const accessLogger = pino({
  level:
    process.env.ACCESS_LOG === 'off'
      ? 'silent'
      : (process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'silent' : 'info')),
  base: undefined,
});

export interface AccessLogEntry {
  requestId: string;
  service: string;
  method: string;
  path: string;
  operation: string | null;
  client: ClientKind;
  status: number;
  outcome: string;
  durationMs: number;
  traceId?: string;
}

/** Sees every access log line (tests). */
export const accessLogListeners = new Set<(entry: AccessLogEntry) => void>();

const outcomeOf = (info: RequestInfo, status: number) =>
  info.code ?? (status >= 500 ? 'INTERNAL_SERVER_ERROR' : status >= 400 ? 'BAD_REQUEST' : 'ok');

/** The request is answered (or its connection gone): metrics, span and access log line. */
export function endRequest(res: ServerResponse, info: RequestInfo) {
  const status = res.writableFinished ? res.statusCode : 499;
  const seconds = (performance.now() - info.started) / 1000;
  // An unknown path is whatever the client wrote (an address, a token): neither logged nor a label.
  if (status === 404 && info.path !== '/graphql') info.path = '(not found)';
  else if (info.path.length > 100) info.path = info.path.slice(0, 100);
  const operation = info.path === '/graphql' ? operationLabel(info.operation) : info.path;
  const outcome = outcomeOf(info, status);
  requestsTotal.inc({ service: info.service, operation, outcome });
  requestDuration.observe({ service: info.service, operation }, seconds);
  info.span.setAttribute('http.response.status_code', status);
  if (status >= 500) info.span.setStatus({ code: SpanStatusCode.ERROR });
  info.span.end();
  const entry: AccessLogEntry = {
    requestId: info.id,
    service: info.service,
    method: info.method,
    path: info.path,
    operation: info.operation ?? null,
    client: info.client,
    status,
    outcome,
    durationMs: Math.round(seconds * 10_000) / 10,
    ...(info.traceId ? { traceId: info.traceId } : {}),
  };
  accessLogger.info(entry, 'request');
  for (const listener of accessLogListeners) listener(entry);
}

/**
 * Names the request's operation and records its first error code, for the access log, the metrics and the
 * span (`query CompaniesNear`).
 */
export function observabilityPlugin<C extends BaseContext>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart({ contextValue }) {
      const info = requestOfContext(contextValue as object);
      if (!info) return;
      return {
        async didResolveOperation({ operationName: given, operation }) {
          // The gateway names its subgraph fetches `<client's name>__<subgraph>__<n>`: the client's name is kept.
          const operationName = given?.replace(/__[a-z]+__\d+$/, '');
          info.operation = operationName ?? undefined;
          const type = operation?.operation ?? 'query';
          info.span.updateName(`${type} ${operationLabel(operationName)}`);
          info.span.setAttribute('graphql.operation.type', type);
          if (operationName) info.span.setAttribute('graphql.operation.name', operationLabel(operationName));
        },
        async willSendResponse({ response, errors }) {
          const first =
            errors?.[0]?.extensions?.code ??
            (response.body.kind === 'single' ? response.body.singleResult.errors?.[0]?.extensions?.code : undefined);
          if (typeof first === 'string') info.code ??= first;
        },
      };
    },
  };
}
