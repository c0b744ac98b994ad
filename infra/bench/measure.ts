// The benchmark's instruments: load (autocannon, in a worker thread so that the load generator does not
// share the graph's event loop), latency histograms merged over rounds, resident memory samples, and the
// SQL a request runs (captured with its parameters, replayed as plain SQL and under EXPLAIN ANALYZE).
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { Database } from '@dm/shared';

const require = createRequire(import.meta.url);
const autocannonPath = require.resolve('autocannon');
// autocannon's own histogram library (HdrHistogram), from where autocannon finds it.
const hdr = createRequire(autocannonPath)('hdr-histogram-js') as {
  initWebAssemblySync(): void;
  decodeFromCompressedBase64(s: string): Histogram;
  build(options: Record<string, unknown>): Histogram;
};
hdr.initWebAssemblySync();

interface Histogram {
  add(other: Histogram): void;
  getValueAtPercentile(p: number): number;
  totalCount: number;
  destroy(): void;
}

export interface Target {
  url: string;
  headers: Record<string, string>;
  body: string;
}

/** One run of one variant: what autocannon counted, the latencies as an encoded histogram. */
export interface Run {
  seconds: number;
  completed: number;
  ok: number;
  errors: number;
  non2xx: number;
  latencies: string;
}

// The worker: runs autocannon once; off the main thread autocannon returns its raw histograms.
const workerCode = `
const { parentPort, workerData } = require('node:worker_threads');
const autocannon = require(workerData.autocannonPath);
autocannon(workerData.options, (err, result) => {
  if (err) parentPort.postMessage({ error: String(err && err.stack || err) });
  else parentPort.postMessage({ result: {
    seconds: result.duration, completed: result.totalCompletedRequests, ok: result['2xx'],
    errors: result.errors + result.timeouts, non2xx: result.non2xx, latencies: result.latencies } });
});`;

/** `connections` clients sending the same request back to back for `seconds`. */
export function load(target: Target, connections: number, seconds: number): Promise<Run> {
  const options = {
    url: target.url,
    method: 'POST',
    connections,
    duration: seconds,
    headers: { 'content-type': 'application/json', ...target.headers },
    body: target.body,
    timeout: 30,
  };
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerCode, { eval: true, workerData: { autocannonPath, options } });
    worker.once('message', (message: { error?: string; result?: Run }) => {
      void worker.terminate();
      if (message.result) resolve(message.result);
      else reject(new Error(message.error));
    });
    worker.once('error', reject);
  });
}

export interface Summary {
  /** Requests answered with 2xx, per second, over every round. */
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  /** Socket errors, timeouts and non-2xx answers. */
  failures: number;
  seconds: number;
  rounds: number;
}

/** Throughput over the rounds' total time, and percentiles of every latency of every round. */
export function summarise(runs: Run[]): Summary {
  const merged = hdr.build({
    bitBucketSize: 64,
    autoResize: true,
    lowestDiscernibleValue: 1,
    highestTrackableValue: 10000,
    numberOfSignificantValueDigits: 5,
  });
  for (const run of runs) {
    if (!run.latencies) continue;
    const h = hdr.decodeFromCompressedBase64(run.latencies);
    merged.add(h);
    h.destroy();
  }
  const seconds = runs.reduce((s, r) => s + r.seconds, 0);
  const ok = runs.reduce((s, r) => s + r.ok, 0);
  const summary = {
    rps: seconds > 0 ? ok / seconds : 0,
    p50: merged.totalCount ? merged.getValueAtPercentile(50) : NaN,
    p99: merged.totalCount ? merged.getValueAtPercentile(99) : NaN,
    requests: ok,
    failures: runs.reduce((s, r) => s + r.errors + r.non2xx, 0),
    seconds,
    rounds: runs.length,
  };
  merged.destroy();
  return summary;
}

// ---------------------------------------------------------------------------------------------------
// Resident memory.

/** The processes under `pid` (its children, theirs...), each with its command line (Linux /proc). */
export function descendants(pid: number): { pid: number; command: string }[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // the process ended meanwhile
    }
  }
  const found: { pid: number; command: string }[] = [];
  const queue = [...(children.get(pid) ?? [])];
  while (queue.length) {
    const p = queue.shift()!;
    try {
      found.push({ pid: p, command: readFileSync(`/proc/${p}/cmdline`, 'utf8').split('\0').join(' ') });
    } catch {
      continue;
    }
    queue.push(...(children.get(p) ?? []));
  }
  return found;
}

/** Resident set of a process and its descendants, in bytes (Linux /proc); null where unreadable. */
export function processTreeRss(pid: number): number | null {
  try {
    let total = 0;
    for (const p of [pid, ...descendants(pid).map((d) => d.pid)]) {
      const status = readFileSync(`/proc/${p}/status`, 'utf8');
      total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
    }
    return total;
  } catch {
    return null;
  }
}

/** Samples a memory figure every `ms` until stopped; gives the samples. */
export function sampleMemory(read: () => number | null, ms = 250) {
  const samples: number[] = [];
  const take = () => {
    const v = read();
    if (v !== null) samples.push(v);
  };
  take();
  const timer = setInterval(take, ms);
  return () => {
    clearInterval(timer);
    take();
    return samples;
  };
}

export const median = (values: number[]) => {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

// ---------------------------------------------------------------------------------------------------
// The SQL of a request.

export interface Statement {
  sql: string;
  params: unknown[];
}

interface DrizzleSession {
  logger?: { logQuery(query: string, params: unknown[]): void };
  client?: unknown;
}

/** drizzle's session under the stack's database: its logger sees every statement with its parameters. */
function sessionOf(db: Database): DrizzleSession {
  return (db as unknown as { session?: DrizzleSession }).session ?? {};
}

/**
 * Captures the statements (with parameters) the stack runs while `work` runs. The stack's `onQuery` hook
 * only sees the text: this wraps the logger object drizzle hands every query (prepared ones included), so
 * it needs the stack started with an `onQuery` hook (a logger to wrap). Null when drizzle's internals
 * changed and nothing can be captured.
 */
export async function captureStatements(db: Database, work: () => Promise<void>): Promise<Statement[] | null> {
  const logger = sessionOf(db).logger;
  if (!logger || typeof logger.logQuery !== 'function') return null;
  const original = logger.logQuery;
  const captured: Statement[] = [];
  logger.logQuery = function (query: string, params: unknown[]) {
    captured.push({ sql: query, params: [...params] });
    return original.call(this, query, params);
  };
  try {
    await work();
  } finally {
    logger.logQuery = original;
  }
  return captured;
}

/** The subgraph whose schema a statement reads (each subgraph only reads its own). */
export function subgraphOf(statement: string): string {
  return /"(companies|events|people|access)"\./.exec(statement)?.[1] ?? 'other';
}

type Runner = (query: string, params: unknown[]) => Promise<unknown[]>;

/** Runs SQL with parameters through the stack's own driver (postgres.js or PGlite), as drizzle does. */
export function driverOf(db: Database, kind: 'pglite' | 'postgres'): Runner | null {
  const client = sessionOf(db).client as
    | {
        unsafe?: (q: string, p: unknown[], o?: { prepare?: boolean }) => Promise<unknown[]>;
        query?: (q: string, p: unknown[]) => Promise<{ rows: unknown[] }>;
      }
    | undefined;
  if (kind === 'postgres' && client?.unsafe) {
    const unsafe = client.unsafe.bind(client);
    // Prepared: the best this driver does, so that the floor is a floor.
    return (q, p) => unsafe(q, p, { prepare: true });
  }
  if (kind === 'pglite' && client?.query) {
    const query = client.query.bind(client);
    return async (q, p) => (await query(q, p)).rows;
  }
  return null;
}

/** A read-only statement, safe to replay and to EXPLAIN ANALYZE. */
export const isRead = (s: Statement) => /^\s*(select|with)\b/i.test(s.sql);

export interface Explained {
  subgraph: string;
  sql: string;
  planningMs: number;
  executionMs: number;
}

/** `EXPLAIN (ANALYZE, FORMAT JSON)` of each statement: planning and execution time in the database. */
export async function explain(run: Runner, statements: Statement[]): Promise<Explained[]> {
  const out: Explained[] = [];
  for (const s of statements) {
    const rows = (await run(`explain (analyze, format json) ${s.sql}`, s.params)) as Record<string, unknown>[];
    const value = Object.values(rows[0] ?? {})[0];
    const plan = (typeof value === 'string' ? JSON.parse(value) : value) as {
      'Planning Time': number;
      'Execution Time': number;
    }[];
    out.push({
      subgraph: subgraphOf(s.sql),
      sql: s.sql.replace(/\s+/g, ' ').slice(0, 160),
      planningMs: plan[0]!['Planning Time'],
      executionMs: plan[0]!['Execution Time'],
    });
  }
  return out;
}

/**
 * The floor: an HTTP server that answers every POST by running the captured statements one after the
 * other through the same driver, and sends the rows back as JSON. Measured like the graph, by the same
 * load generator.
 */
export async function floorServer(
  run: Runner,
  statements: Statement[],
): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    req.resume();
    req.on('end', async () => {
      try {
        const results: unknown[] = [];
        for (const s of statements) results.push(await run(s.sql, s.params));
        const body = JSON.stringify({ data: results }, (_, v) => (typeof v === 'bigint' ? v.toString() : v));
        res.writeHead(200, { 'content-type': 'application/json' }).end(body);
      } catch (err) {
        res.writeHead(500).end(String(err));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A port free now (for the processes the benchmark starts). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
