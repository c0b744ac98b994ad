import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { logger } from './logger.ts';

/**
 * The Prometheus metrics of this process, served on `/metrics` by every process of the graph (see `http.ts`).
 * Labels never carry personal data: service and subgraph names, operation names (bounded, see
 * `operationLabel`), error codes, budget and job names.
 */
export const metricsRegistry = new Registry();
collectDefaultMetrics({ register: metricsRegistry, prefix: 'dm_' });

const registers = [metricsRegistry];

export const requestsTotal = new Counter({
  name: 'dm_requests_total',
  help: 'HTTP requests answered, by service, GraphQL operation name and outcome (ok, or the first error code)',
  labelNames: ['service', 'operation', 'outcome'] as const,
  registers,
});

export const requestDuration = new Histogram({
  name: 'dm_request_duration_seconds',
  help: 'Time from the request to the end of its answer, by service and GraphQL operation name',
  labelNames: ['service', 'operation'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers,
});

export const subgraphFetchDuration = new Histogram({
  name: 'dm_subgraph_fetch_duration_seconds',
  help: 'Duration of the gateway’s calls to a subgraph, answered or not',
  labelNames: ['subgraph'] as const,
  buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
  registers,
});

export const subgraphFetchFailures = new Counter({
  name: 'dm_subgraph_fetch_failures_total',
  help: 'Gateway calls to a subgraph that failed: timeout, unreachable, failed (5xx) or circuit-open',
  labelNames: ['subgraph', 'reason'] as const,
  registers,
});

export const breakerState = new Gauge({
  name: 'dm_circuit_breaker_state',
  help: 'State of the gateway’s circuit to a subgraph: 0 closed, 1 half-open, 2 open',
  labelNames: ['subgraph'] as const,
  registers,
});

export const rateLimitRefusals = new Counter({
  name: 'dm_rate_limit_refusals_total',
  help: 'Requests refused by a rate limit (429), by budget: apiKey, user, anonymous, publicMutations, publicMutationsPerEmail, publicMutationsPerTarget, authFailures',
  labelNames: ['budget'] as const,
  registers,
});

export const apiKeyChecks = new Counter({
  name: 'dm_api_key_checks_total',
  help: 'Partner key checks by the gateway, by where the answer came from: memory, shared (Redis) or lookup (access subgraph)',
  labelNames: ['source'] as const,
  registers,
});

export const databaseQueriesInFlight = new Gauge({
  name: 'dm_database_queries_in_flight',
  help: 'SQL statements running now, each holding one connection of the pool',
  registers,
});

export const databasePoolSize = new Gauge({
  name: 'dm_database_pool_max_connections',
  help: 'Connections the process’s PostgreSQL pool may open (1 for embedded PGlite)',
  registers,
});

export const databaseQueries = new Counter({
  name: 'dm_database_queries_total',
  help: 'SQL statements sent, by outcome (ok, error)',
  labelNames: ['outcome'] as const,
  registers,
});

/** Backlogs read at scrape time (mail outboxes, webhook deliveries): one counting function per source. */
const backlogs = new Map<string, { kind: string; service: string; count: () => Promise<number> }>();

export const backlogGauge = new Gauge({
  name: 'dm_outbox_backlog',
  help: 'Messages waiting to be sent, by kind (mail, webhook) and service',
  labelNames: ['kind', 'service'] as const,
  registers,
  async collect() {
    await Promise.all(
      [...backlogs.values()].map(async ({ kind, service, count }) => {
        try {
          this.set({ kind, service }, await count());
        } catch (err) {
          logger.warn({ err, kind, service }, 'backlog not measured');
        }
      }),
    );
  },
});

/** Measures a backlog at every scrape, until the returned function is called. */
export function registerBacklog(kind: string, service: string, count: () => Promise<number>) {
  const key = `${kind}:${service}`;
  const entry = { kind, service, count };
  backlogs.set(key, entry);
  return () => {
    if (backlogs.get(key) === entry) {
      backlogs.delete(key);
      backlogGauge.remove({ kind, service });
    }
  };
}

export const deliveries = new Counter({
  name: 'dm_outbox_deliveries_total',
  help: 'Delivery attempts of mail and webhooks, by kind, service and outcome (sent, failed)',
  labelNames: ['kind', 'service', 'outcome'] as const,
  registers,
});

export const schedulerRuns = new Counter({
  name: 'dm_scheduler_runs_total',
  help: 'Rounds of background work (mail senders, webhook hub, retention, erasure follower), by job and outcome',
  labelNames: ['job', 'outcome'] as const,
  registers,
});

export const schedulerDuration = new Histogram({
  name: 'dm_scheduler_run_duration_seconds',
  help: 'Duration of a round of background work, by job',
  labelNames: ['job'] as const,
  buckets: [0.01, 0.05, 0.1, 0.5, 1, 5, 30, 120],
  registers,
});

/** Most distinct operation names one process labels; past it, new names count as `other`. */
const MAX_OPERATIONS = 500;
const operations = new Set<string>();

/**
 * An operation name as a label: GraphQL names only, at most MAX_OPERATIONS distinct ones per process (a client
 * inventing a name per request would otherwise grow the series without bound).
 */
export function operationLabel(name: string | null | undefined): string {
  if (!name) return '(anonymous)';
  if (!/^[_A-Za-z][_0-9A-Za-z]{0,63}$/.test(name)) return 'other';
  if (operations.has(name)) return name;
  if (operations.size >= MAX_OPERATIONS) return 'other';
  operations.add(name);
  return name;
}

/** The text Prometheus scrapes. */
export const metricsText = () => metricsRegistry.metrics();
export const metricsContentType = metricsRegistry.contentType;
