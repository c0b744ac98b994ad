import { randomBytes } from 'node:crypto';
import { InMemorySpanExporter, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { type AccessLogEntry, accessLogListeners, signBearerToken, startTelemetry } from '@dm/shared';
import { graphqlClient } from '@dm/testing';
import { ownDatabase } from '@dm/testing/database';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Stack, startLocalStack } from '../src/stack.ts';

// Telemetry of the graph in this process: spans go to an in-memory exporter, access log lines to a listener,
// metrics are read from `/metrics` as Prometheus would. On PGlite, and on PostgreSQL (postgres.js) in a scratch
// database of the test server when the suite runs there.
const spans = new InMemorySpanExporter();
const stopTelemetry = startTelemetry('destination-metier', spans);
const secret = randomBytes(32).toString('base64url');
const lines: AccessLogEntry[] = [];
const listen = (entry: AccessLogEntry) => lines.push(entry);

let stack: Stack;
let dropDatabase: (() => Promise<void>) | undefined;

beforeAll(async () => {
  const database = await ownDatabase('telemetry');
  dropDatabase = database.drop;
  const databaseUrl = database.url;
  stack = await startLocalStack({
    databaseUrl,
    env: { AUTH_JWT_SECRET: secret, RATE_LIMIT_AUTH_FAILURES_PER_MINUTE: '2', TRUST_PROXY: '1' },
  });
  accessLogListeners.add(listen);
});
afterAll(async () => {
  accessLogListeners.delete(listen);
  await stack?.stop();
  await dropDatabase?.();
  await stopTelemetry();
});

const EVENTS = `query UpcomingEvents($department: String!) {
  events(filter: { department: $department, from: "2026-01-01" }, first: 5) {
    edges { node { title exhibitors { name charter { status } } } }
  }
}`;

const series = (text: string, name: string, labels: Record<string, string> = {}) =>
  text
    .split('\n')
    .filter((line) => line.startsWith(`${name}{`) || line.startsWith(`${name} `))
    .filter((line) => Object.entries(labels).every(([k, v]) => line.includes(`${k}="${v}"`)))
    .map((line) => Number(line.slice(line.lastIndexOf(' ') + 1)));

describe('telemetry', () => {
  it('exposes Prometheus metrics: requests by operation and outcome, latency, subgraph calls, circuits, refusals, pool, backlogs, scheduler runs', async () => {
    const gql = graphqlClient(stack.gatewayUrl);
    const staff = await signBearerToken({ role: 'admin', subject: 'admin:telemetry' }, secret);
    expect((await gql(EVENTS, { department: '76' }, { token: staff })).errors).toBeUndefined();
    // Two bad tokens spend the address's budget of failed authentications; the third is refused unread.
    for (let i = 0; i < 3; i++) {
      await gql('{ __typename }', {}, { token: 'forged', headers: { 'x-forwarded-for': '203.0.113.9' } });
    }
    await stack.mail.people.runOnce();

    const scrape = await fetch(new URL('/metrics', stack.gatewayUrl));
    expect(scrape.status).toBe(200);
    expect(scrape.headers.get('content-type')).toContain('text/plain');
    const text = await scrape.text();
    const ok = { service: 'gateway', operation: 'UpcomingEvents', outcome: 'ok' };
    expect(series(text, 'dm_requests_total', ok)[0]).toBeGreaterThanOrEqual(1);
    expect(
      series(text, 'dm_requests_total', { service: 'events', operation: 'UpcomingEvents' })[0],
    ).toBeGreaterThanOrEqual(1);
    expect(series(text, 'dm_requests_total', { service: 'gateway', outcome: 'RATE_LIMITED' })[0]).toBe(1);
    expect(series(text, 'dm_requests_total', { service: 'gateway', outcome: 'UNAUTHENTICATED' })[0]).toBe(2);
    expect(
      series(text, 'dm_request_duration_seconds_count', { service: 'gateway', operation: 'UpcomingEvents' })[0],
    ).toBeGreaterThanOrEqual(1);
    expect(
      series(text, 'dm_subgraph_fetch_duration_seconds_count', { subgraph: 'companies' })[0],
    ).toBeGreaterThanOrEqual(1);
    expect(series(text, 'dm_circuit_breaker_state', { subgraph: 'events' })).toEqual([0]);
    expect(series(text, 'dm_rate_limit_refusals_total', { budget: 'authFailures' })).toEqual([1]);
    expect(text).toContain('# TYPE dm_subgraph_fetch_failures_total counter');
    expect(series(text, 'dm_database_pool_max_connections')[0]).toBeGreaterThanOrEqual(1);
    expect(series(text, 'dm_database_queries_total', { outcome: 'ok' })[0]).toBeGreaterThan(0);
    expect(series(text, 'dm_database_queries_in_flight')).toHaveLength(1);
    for (const service of ['companies', 'events', 'people', 'access']) {
      expect(series(text, 'dm_outbox_backlog', { kind: 'mail', service })).toHaveLength(1);
    }
    expect(series(text, 'dm_outbox_backlog', { kind: 'webhook', service: 'access' })).toHaveLength(1);
    expect(text).toContain('# TYPE dm_outbox_deliveries_total counter');
    expect(series(text, 'dm_scheduler_runs_total', { job: 'people mail', outcome: 'ok' })[0]).toBeGreaterThanOrEqual(1);
    expect(series(text, 'dm_process_resident_memory_bytes')[0]).toBeGreaterThan(0);
    // A subgraph serves its own (here the same process, so the same registry).
    expect((await fetch(new URL('/metrics', stack.subgraphUrls.companies))).status).toBe(200);
  });

  it('writes one access log line per request with its id, operation, client kind, status and duration, and nothing personal', async () => {
    lines.length = 0;
    const gql = graphqlClient(stack.gatewayUrl);
    const email = 'lou.martin@example.org';
    const staff = await signBearerToken({ role: 'admin', subject: 'admin:telemetry' }, secret);
    const answer = await gql(
      'query PeopleSearch($q: String!) { companies(filter: { search: $q }, first: 1) { totalCount } }',
      { q: email },
      { token: staff, headers: { 'x-request-id': 'telemetry-test-1' } },
    );
    expect(answer.headers.get('x-request-id')).toBe('telemetry-test-1');
    const anonymous = await gql('query Probe { __typename }');
    const generated = anonymous.headers.get('x-request-id');
    expect(generated).toMatch(/^[0-9a-f-]{36}$/);

    const mine = lines.filter((l) => l.requestId === 'telemetry-test-1');
    const gateway = mine.find((l) => l.service === 'gateway');
    expect(gateway).toMatchObject({
      method: 'POST',
      path: '/graphql',
      operation: 'PeopleSearch',
      client: 'user',
      status: 200,
      outcome: 'ok',
    });
    expect(gateway!.durationMs).toBeGreaterThan(0);
    // The subgraph's line carries the gateway's request id.
    expect(mine.find((l) => l.service === 'companies')).toMatchObject({ operation: 'PeopleSearch', status: 200 });
    expect(lines.find((l) => l.requestId === generated)).toMatchObject({ client: 'anonymous', operation: 'Probe' });
    const written = JSON.stringify(lines);
    for (const secretThing of [email, staff, '127.0.0.1', 'admin:telemetry'])
      expect(written).not.toContain(secretThing);
  });

  it('continues a client’s trace (traceparent) through the gateway, the subgraphs and their SQL', async () => {
    spans.reset();
    const traceId = randomBytes(16).toString('hex');
    const gql = graphqlClient(stack.gatewayUrl);
    const answer = await gql(
      EVENTS,
      { department: '76' },
      { headers: { traceparent: `00-${traceId}-${randomBytes(8).toString('hex')}-01` } },
    );
    expect(answer.errors).toBeUndefined();
    const trace = spans.getFinishedSpans().filter((s) => s.spanContext().traceId === traceId);
    const server = (service: string) =>
      trace.find((s) => s.kind === 1 && s.attributes['dm.service'] === service) as ReadableSpan;
    expect(server('gateway').name).toBe('query UpcomingEvents');
    expect(server('gateway').attributes['graphql.operation.name']).toBe('UpcomingEvents');
    const calls = trace.filter((s) => s.kind === 2 && s.attributes['dm.subgraph']);
    expect(calls.map((s) => s.attributes['dm.subgraph']).sort()).toEqual(
      expect.arrayContaining(['companies', 'events']),
    );
    // Each call descends from the gateway's server span (through Apollo Gateway's own spans: request, execute,
    // fetch, where its OpenTelemetry API is the process's).
    const byId = new Map(trace.map((s) => [s.spanContext().spanId, s]));
    const ancestors = (span: ReadableSpan) => {
      const ids: string[] = [];
      for (let id = span.parentSpanContext?.spanId; id; id = byId.get(id)?.parentSpanContext?.spanId) ids.push(id);
      return ids;
    };
    for (const call of calls) expect(ancestors(call)).toContain(server('gateway').spanContext().spanId);
    // Each subgraph's span is the child of the gateway's call to it.
    const eventsCall = calls.find((s) => s.attributes['dm.subgraph'] === 'events')!;
    expect(server('events').parentSpanContext?.spanId).toBe(eventsCall.spanContext().spanId);
    expect(server('companies')).toBeDefined();
    const sql = trace.filter((s) => s.attributes['db.system.name'] === 'postgresql');
    expect(sql.some((s) => s.parentSpanContext?.spanId === server('events').spanContext().spanId)).toBe(true);
    expect(sql.every((s) => typeof s.attributes['db.query.text'] === 'string')).toBe(true);
    // Statements carry their text, never their parameters.
    expect(JSON.stringify(sql.map((s) => s.attributes))).not.toContain('"76"');
  });
});
