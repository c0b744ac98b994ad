import type { IncomingHttpHeaders } from 'node:http';
import { createRequire } from 'node:module';
import {
  type Attributes,
  context,
  propagation,
  ROOT_CONTEXT,
  type Span,
  SpanKind,
  SpanStatusCode,
  trace,
} from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import type { OTLPTraceExporter as OtlpExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import {
  BasicTracerProvider,
  BatchSpanProcessor,
  SimpleSpanProcessor,
  type SpanExporter,
} from '@opentelemetry/sdk-trace-base';
import { loadConfig, z } from './config.ts';
import { logger } from './logger.ts';
import { databaseQueries, databaseQueriesInFlight } from './metrics.ts';

// W3C trace context (`traceparent`) is read from callers and written to callees by every process, whether or
// not spans are exported: a client's trace id reaches the subgraphs' logs even without a collector.
context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
propagation.setGlobalPropagator(new W3CTraceContextPropagator());

export const tracer = () => trace.getTracer('destination-metier');

/**
 * Telemetry settings of every process: where spans go (an OTLP/HTTP collector; the exporter reads
 * `OTEL_EXPORTER_OTLP_ENDPOINT` too), and the token `/metrics` asks for, if any.
 */
export const telemetryEnvSchema = z.object({
  OTEL_EXPORTER_OTLP_ENDPOINT: z.url().optional(),
  OTEL_SERVICE_NAME: z.string().min(1).optional(),
  /** When set, `/metrics` answers only `Authorization: Bearer <METRICS_TOKEN>`. */
  METRICS_TOKEN: z.string().min(16).optional(),
  /** `off` silences the access log (one line per request). */
  ACCESS_LOG: z.enum(['on', 'off']).default('on'),
});
export const readTelemetryEnv = (env: NodeJS.ProcessEnv = process.env) => loadConfig(telemetryEnvSchema, env);

let provider: BasicTracerProvider | undefined;

/**
 * Records spans in this process and hands them to `exporter` (tests: an in-memory one), or to the OTLP
 * collector at `OTEL_EXPORTER_OTLP_ENDPOINT`. Without either, nothing is recorded (trace context still flows).
 * Once per process; returns a function that flushes and stops.
 */
/**
 * The OTLP exporter, loaded only when spans are exported: its modules (and OpenTelemetry's metrics SDK
 * they pull in) weigh on the start of every process otherwise.
 */
const otlpExporter = (): OtlpExporter => {
  const { OTLPTraceExporter } = createRequire(import.meta.url)(
    '@opentelemetry/exporter-trace-otlp-http',
  ) as typeof import('@opentelemetry/exporter-trace-otlp-http');
  return new OTLPTraceExporter();
};

export function startTelemetry(serviceName: string, exporter?: SpanExporter): () => Promise<void> {
  const env = readTelemetryEnv();
  if (provider) return async () => {};
  const target = exporter ?? (env.OTEL_EXPORTER_OTLP_ENDPOINT ? otlpExporter() : undefined);
  if (!target) return async () => {};
  provider = new BasicTracerProvider({
    resource: resourceFromAttributes({ 'service.name': env.OTEL_SERVICE_NAME ?? serviceName }),
    spanProcessors: [exporter ? new SimpleSpanProcessor(target) : new BatchSpanProcessor(target)],
  });
  trace.setGlobalTracerProvider(provider);
  logger.info({ service: serviceName, otlp: !exporter }, 'tracing on');
  const running = provider;
  return async () => {
    await running.shutdown();
  };
}

/** The span of an incoming request, child of the caller's `traceparent` when it sent one. */
export function startServerSpan(name: string, headers: IncomingHttpHeaders, attributes: Attributes) {
  const parent = propagation.extract(ROOT_CONTEXT, headers);
  const span = tracer().startSpan(name, { kind: SpanKind.SERVER, attributes }, parent);
  return { span, context: trace.setSpan(parent, span) };
}

/** Writes the active trace context (`traceparent`) into outgoing headers. */
export function injectTraceContext(headers: Record<string, string>) {
  propagation.inject(context.active(), headers);
  return headers;
}

/** The active trace id, for log lines (absent when nothing is traced). */
export function activeTraceId(): string | undefined {
  const spanContext = trace.getSpan(context.active())?.spanContext();
  return spanContext && trace.isSpanContextValid(spanContext) ? spanContext.traceId : undefined;
}

/** Runs `work` in a client span (a call to another process), ended when it settles. */
export async function inClientSpan<T>(name: string, attributes: Attributes, work: (span: Span) => Promise<T>) {
  return tracer().startActiveSpan(name, { kind: SpanKind.CLIENT, attributes }, async (span) => {
    try {
      return await work(span);
    } catch (err) {
      span.setStatus({ code: SpanStatusCode.ERROR, message: (err as Error).name });
      throw err;
    } finally {
      span.end();
    }
  });
}

/** The span and metrics of one SQL statement: its text (never its parameters), ended when it settles. */
function observeStatement<P extends PromiseLike<unknown>>(pending: P, query: string): P {
  const operation = /^\s*(\w+)/.exec(query)?.[1]?.toUpperCase() ?? 'SQL';
  const span = tracer().startSpan(
    operation,
    {
      kind: SpanKind.CLIENT,
      attributes: {
        'db.system.name': 'postgresql',
        'db.operation.name': operation,
        'db.query.text': query.slice(0, 2000),
      },
    },
    context.active(),
  );
  databaseQueriesInFlight.inc();
  const done = (failed: boolean) => {
    databaseQueriesInFlight.dec();
    databaseQueries.inc({ outcome: failed ? 'error' : 'ok' });
    if (failed) span.setStatus({ code: SpanStatusCode.ERROR });
    span.end();
  };
  pending.then(
    () => done(false),
    () => done(true),
  );
  return pending;
}

/**
 * A postgres.js client whose statements (`unsafe`, what drizzle sends, inside transactions and savepoints too)
 * are traced and counted. The driver has no OpenTelemetry instrumentation of its own.
 */
export function observedPostgres<S extends object>(sql: S): S {
  return new Proxy(sql, {
    get(target, property) {
      const value = Reflect.get(target, property) as unknown;
      if (typeof value !== 'function') return value;
      if (property === 'unsafe') {
        return (query: string, ...rest: unknown[]) =>
          observeStatement((value as (...a: unknown[]) => PromiseLike<unknown>)(query, ...rest), query);
      }
      if (property === 'begin' || property === 'savepoint') {
        return (...args: unknown[]) => {
          const work = args.pop() as (tx: object) => unknown;
          return (value as (...a: unknown[]) => unknown)(...args, (tx: object) => work(observedPostgres(tx)));
        };
      }
      return value;
    },
  });
}

/** The same for a PGlite client (`query`, inside transactions too). */
export function observedPglite<S extends object>(client: S): S {
  return new Proxy(client, {
    get(target, property) {
      const value = Reflect.get(target, property) as unknown;
      if (typeof value !== 'function') return value;
      if (property === 'query') {
        return (query: string, ...rest: unknown[]) =>
          observeStatement((value as (...a: unknown[]) => Promise<unknown>).call(target, query, ...rest), query);
      }
      if (property === 'transaction') {
        return (work: (tx: object) => unknown) =>
          (value as (w: (tx: object) => unknown) => unknown).call(target, (tx: object) => work(observedPglite(tx)));
      }
      return (value as (...a: unknown[]) => unknown).bind(target);
    },
  });
}
