// The region-scale benchmark (see region.bench.ts for what it measures and its settings).
import { readWebhookEnv } from '@dm/access';
import { readMailEnv } from '@dm/shared/mail';
import { randomBytes } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { identityFromClaims } from '@dm/gateway/auth';
import { anonymous, type Identity, openDatabase, signBearerToken, signIdentity } from '@dm/shared';
import { type Stack, startLocalStack } from '../src/stack.ts';
import { type LoadReport, loadRegion, refreshDerived, type Scale, scaleOf } from './load.ts';
import {
  captureStatements,
  descendants,
  driverOf,
  type Explained,
  explain,
  floorServer,
  isRead,
  load,
  median,
  processTreeRss,
  type Run,
  sampleMemory,
  type Statement,
  type Summary,
  subgraphOf,
  summarise,
  type Target,
} from './measure.ts';
import { type Operation, type OperationName, operation, operations } from './operations.ts';
import {
  checkoutWorktree,
  createScratchDatabase,
  type GraphProcess,
  measureStarts,
  type ScratchDatabase,
  serverVersion,
  startGraphProcess,
  type Worktree,
} from './processes.ts';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '..', '..');

const number = (name: string, fallback: number) => {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, not ${raw}`);
  return value;
};

const serverUrl = process.env.DATABASE_URL || undefined;
// Read before the graphs open their pools: a server shared with other work may have no connection left at the end.
const databaseVersion = serverUrl
  ? serverVersion(serverUrl).catch((err: Error) => `PostgreSQL (version not read: ${err.message})`)
  : Promise.resolve('PGlite (in memory, in the bench process)');
const settings = {
  database: serverUrl ? ('postgres' as const) : ('pglite' as const),
  scale: number('BENCH_SCALE', serverUrl ? 100 : 10),
  seconds: number('BENCH_SECONDS', 12),
  rounds: Math.round(number('BENCH_ROUNDS', 3)),
  connections: Math.round(number('BENCH_CONNECTIONS', 10)),
  warmupSeconds: 1,
  json: process.env.BENCH_JSON || undefined,
  baseline: process.env.BENCH_BASELINE || undefined,
};
// A signed identity lives 120 s: each slice must end well before the one signed for it expires.
const slice = Math.max(1, settings.seconds / settings.rounds);
if (slice > 100) throw new Error('BENCH_SECONDS / BENCH_ROUNDS must stay under 100 s (signed identities live 120 s)');
if (settings.baseline && !serverUrl)
  throw new Error('BENCH_BASELINE needs DATABASE_URL: the baseline runs as a process of its own on PostgreSQL');

const log = (line: string) => console.error(`[bench] ${line}`);

// ---------------------------------------------------------------------------------------------------
// Everything started is stopped and every scratch database dropped, whatever happens.
const cleanups: (() => Promise<unknown>)[] = [];
async function cleanUp() {
  while (cleanups.length) {
    const step = cleanups.pop()!;
    await step().catch((err) => log(`cleanup: ${(err as Error).message}`));
  }
}
let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    if (interrupted) return;
    interrupted = true;
    log(`${signal}: cleaning up`);
    void cleanUp().then(() => process.exit(130));
  });
}

const authSecret = randomBytes(32).toString('base64url');
/** Production settings, with the limiter and the cost budget out of the way: this measures the graph. */
const graphEnv = {
  NODE_ENV: 'production',
  AUTH_JWT_SECRET: authSecret,
  RATE_LIMIT_ANONYMOUS_PER_MINUTE: '1000000000',
  RATE_LIMIT_USER_PER_MINUTE: '1000000000',
  RATE_LIMIT_API_KEY_PER_MINUTE: '1000000000',
  MAX_OPERATION_COST: '1000000',
};
/**
 * The background rounds (mail senders with the reminders and expiries they run first, the webhook hub, the
 * erasure follower) a day apart: the loaded data holds months of work they would have done as it happened,
 * and catching up on it would fall on the measured requests.
 */
const quietJobs = { MAIL_INTERVAL_MS: '86400000', WEBHOOK_INTERVAL_MS: '86400000', ERASURE_SYNC_MS: '86400000' };
const adminIdentity: Identity = identityFromClaims({ role: 'admin', sub: 'bench:admin' });
const adminToken = await signBearerToken({ role: 'admin', subject: 'bench:admin' }, authSecret);

/** SQL statements seen by a stack's `onQuery`, by subgraph, while `counting` is set. */
class StatementCounter {
  counting = false;
  bySubgraph: Record<string, number> = {};
  readonly onQuery = (query: string) => {
    if (!this.counting) return;
    const subgraph = subgraphOf(query);
    this.bySubgraph[subgraph] = (this.bySubgraph[subgraph] ?? 0) + 1;
  };
  async during(work: () => Promise<unknown>) {
    this.bySubgraph = {};
    this.counting = true;
    try {
      await work();
    } finally {
      this.counting = false;
    }
    return { ...this.bySubgraph };
  }
}

async function startGraph(label: string, counter: StatementCounter) {
  let databaseUrl: string | undefined;
  if (serverUrl) {
    const scratch: ScratchDatabase = await createScratchDatabase(serverUrl, label);
    cleanups.push(() => scratch.drop());
    databaseUrl = scratch.url;
  }
  const stack = await startLocalStack({
    databaseUrl,
    seed: 'demo',
    production: true,
    env: graphEnv,
    onQuery: counter.onQuery,
    // Background rounds a day apart (see `quietJobs`): they would count as the operations' statements.
    webhookEnv: readWebhookEnv({ WEBHOOK_INTERVAL_MS: quietJobs.WEBHOOK_INTERVAL_MS }),
    mailEnv: readMailEnv({ MAIL_INTERVAL_MS: quietJobs.MAIL_INTERVAL_MS }),
  });
  cleanups.push(() => stack.stop());
  return { stack, databaseUrl };
}

// ---------------------------------------------------------------------------------------------------
// Requests.

const bodyOf = (document: string, variables: Record<string, unknown>, operationName: string) =>
  JSON.stringify({ query: document, variables, operationName });

const gatewayTarget = (url: string, op: Operation, variables = op.variables()): Target => ({
  url,
  headers: op.caller === 'admin' ? { authorization: `Bearer ${adminToken}` } : {},
  body: bodyOf(op.document, variables, op.name),
});

async function subgraphTarget(
  graph: Pick<Stack, 'identitySecret'> & { subgraphUrls: Record<string, string> },
  op: Operation,
): Promise<Target> {
  const identity = op.caller === 'admin' ? adminIdentity : anonymous;
  return {
    url: graph.subgraphUrls[op.subgraph.name]!,
    headers: { 'x-dm-identity': await signIdentity(identity, graph.identitySecret) },
    body: bodyOf(op.subgraph.document, op.variables(), op.name),
  };
}

/** Sends a request once; throws with the errors when the answer has any, or no data. */
async function ask(target: Target, what: string): Promise<Record<string, unknown>> {
  const response = await fetch(target.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...target.headers },
    body: target.body,
  });
  const text = await response.text();
  let parsed: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: unknown }[] };
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error(`${what}: HTTP ${response.status}, not JSON: ${text.slice(0, 300)}`);
  }
  if (parsed.errors?.length || !parsed.data || !response.ok)
    throw new Error(`${what}: HTTP ${response.status}, ${JSON.stringify(parsed.errors ?? parsed).slice(0, 600)}`);
  return parsed.data;
}

// ---------------------------------------------------------------------------------------------------
// Variants: what is measured, in rounds.

interface Variant {
  key: string;
  operation: OperationName;
  label: string;
  target: () => Promise<Target>;
  /** Resident memory read during its runs. */
  memory: () => number | null;
  memoryKind: string;
  runs: Run[];
  memorySamples: number[];
}

const variants: Variant[] = [];
const inProcessRss = () => process.memoryUsage().rss;
function addVariant(v: Omit<Variant, 'runs' | 'memorySamples'>) {
  variants.push({ ...v, runs: [], memorySamples: [] });
}

// ---------------------------------------------------------------------------------------------------

const started = new Date();
const loadBefore = os.loadavg();
const scale: Scale = scaleOf(settings.scale);
let baselineWorktree: Worktree | undefined;

try {
  // The baseline's install first: it takes minutes and must not overlap any measurement.
  if (settings.baseline) {
    baselineWorktree = await checkoutWorktree(repo, settings.baseline, log);
    const tree = baselineWorktree;
    cleanups.push(() => tree.remove());
  }

  // `npm start` twice on a fresh data directory, while the machine is quiet: the first start, the restart.
  log('npm start: first start on a fresh data directory, then a restart');
  const starts = await measureStarts(repo, join(os.tmpdir(), `dm-bench-start-${process.pid}.log`)).catch(
    (err: Error) => {
      log(`npm start not measured: ${err.message}`);
      return null;
    },
  );

  log(`region graph on ${settings.database}: starting, then loading ${settings.scale}× the live network`);
  const regionCounter = new StatementCounter();
  const region = await startGraph('region', regionCounter);
  const fill: LoadReport = await loadRegion(region.stack.database.db, scale);
  log(`filled in ${fill.seconds.toFixed(1)} s${fill.skipped.length ? ` (skipped: ${fill.skipped.join(', ')})` : ''}`);

  log('seed graph (demo seed only): starting');
  const seedCounter = new StatementCounter();
  const seed = await startGraph('seed', seedCounter);
  await refreshDerived(seed.stack.database.db);

  // Every operation, through the gateway and straight to its subgraph, on both graphs, must answer
  // without errors before anything is measured.
  /** totalCount of each list operation at region scale (how much each one matches). */
  const sanity: Record<string, number> = {};
  for (const op of operations) {
    const data = await ask(gatewayTarget(region.stack.gatewayUrl, op), `${op.name} (region gateway)`);
    await ask(await subgraphTarget(region.stack, op), `${op.name} (region ${op.subgraph.name} subgraph)`);
    await ask(gatewayTarget(seed.stack.gatewayUrl, op), `${op.name} (seed gateway)`);
    const list = Object.values(data)[0] as { totalCount?: number } | null;
    if (list && typeof list.totalCount === 'number') sanity[op.name] = list.totalCount;
  }

  // SQL statements per request at page sizes 1, 10 and 100 (the stack's onQuery hook counts them); the
  // lower of two tries, in case a background job's statement fell in the window.
  const statements: Record<string, Record<number, Record<string, number>>> = {};
  for (const op of operations.filter((o) => o.pageVariable)) {
    statements[op.name] = {};
    for (const first of [1, 10, 100]) {
      const target = gatewayTarget(region.stack.gatewayUrl, op, { ...op.variables(), [op.pageVariable!]: first });
      const tries = [];
      for (let i = 0; i < 2; i++)
        tries.push(await regionCounter.during(() => ask(target, `${op.name} first ${first}`)));
      const total = (c: Record<string, number>) => Object.values(c).reduce((s, n) => s + n, 0);
      statements[op.name]![first] = tries.sort((a, b) => total(a) - total(b))[0]!;
    }
  }

  // DestinationSearch's statements, with their parameters: replayed as the floor and under EXPLAIN.
  const search = operation('DestinationSearch');
  const searchTarget = gatewayTarget(region.stack.gatewayUrl, search);
  await ask(searchTarget, 'DestinationSearch (warm-up)');
  // Twice, keeping the shorter: a background job's statement (the mail senders poll their outbox) may
  // fall in one window; the outbox is never the request's.
  const captures: (Statement[] | null)[] = [];
  for (let i = 0; i < 2; i++)
    captures.push(
      await captureStatements(region.stack.database.db, async () => {
        await ask(searchTarget, 'DestinationSearch (capture)');
      }),
    );
  const captured = captures.every((c) => c !== null)
    ? captures.map((c) => c.filter((s) => !/"outbox"/.test(s.sql))).sort((a, b) => a.length - b.length)[0]!
    : null;
  const driver = driverOf(region.stack.database.db, region.stack.database.kind);
  let explained: Explained[] | null = null;
  let floor: { statements: number; bySubgraph: Record<string, number> } | null = null;
  if (captured && driver) {
    const reads = captured.filter(isRead);
    // Twice: the first plans and warms what the second measures.
    await explain(driver, reads);
    explained = await explain(driver, reads);
    const server = await floorServer(driver, reads);
    cleanups.push(() => server.close());
    const bySubgraph: Record<string, number> = {};
    for (const s of reads) bySubgraph[subgraphOf(s.sql)] = (bySubgraph[subgraphOf(s.sql)] ?? 0) + 1;
    floor = { statements: reads.length, bySubgraph };
    addVariant({
      key: 'DestinationSearch/sql',
      operation: 'DestinationSearch',
      label: `plain SQL (${reads.length} statements)`,
      target: async () => ({ url: server.url, headers: {}, body: '{}' }),
      memory: inProcessRss,
      memoryKind: 'bench process',
    });
  } else {
    log('could not capture the statements with their parameters (drizzle internals changed?): no floor, no EXPLAIN');
  }

  for (const op of operations) {
    addVariant({
      key: `${op.name}/gateway`,
      operation: op.name,
      label: 'gateway',
      target: async () => gatewayTarget(region.stack.gatewayUrl, op),
      memory: inProcessRss,
      memoryKind: 'bench process',
    });
    addVariant({
      key: `${op.name}/subgraph`,
      operation: op.name,
      label: `${op.subgraph.name} subgraph${op.subgraph.whole ? '' : ' (its part)'}`,
      target: () => subgraphTarget(region.stack, op),
      memory: inProcessRss,
      memoryKind: 'bench process',
    });
    addVariant({
      key: `${op.name}/seed`,
      operation: op.name,
      label: 'gateway, seed scale',
      target: async () => gatewayTarget(seed.stack.gatewayUrl, op),
      memory: inProcessRss,
      memoryKind: 'bench process',
    });
  }

  // The production topology (PostgreSQL only): the same data served by this commit started as `npm start`
  // starts it on PostgreSQL (infra/src/start.ts), the gateway and each subgraph a process of its own.
  const processEnv = { ...graphEnv, ...quietJobs, SEED: 'demo', LOG_LEVEL: 'warn' };
  let processes: (GraphProcess & { identitySecret: string }) | undefined;
  if (serverUrl) {
    const identitySecret = randomBytes(32).toString('base64url');
    const started = await startGraphProcess({
      dir: repo,
      databaseUrl: region.databaseUrl!,
      env: { ...processEnv, IDENTITY_SECRET: identitySecret },
      logFile: join(os.tmpdir(), `dm-bench-graph-${process.pid}.log`),
    });
    processes = { ...started, identitySecret };
    cleanups.push(() => started.stop());
    const graph = processes;
    const rssOf = (pattern: RegExp) => () => {
      const found = descendants(graph.pid).find((d) => pattern.test(d.command));
      return found ? processTreeRss(found.pid) : null;
    };
    const gatewayRss = rssOf(/gateway\/(src|dist)\/index\./);
    for (const name of ['CompanyById', 'DestinationSearch', 'RegionalDashboard'] as const) {
      const op = operation(name);
      await ask(gatewayTarget(graph.gatewayUrl, op), `${op.name} (processes)`);
      addVariant({
        key: `${op.name}/processes`,
        operation: op.name,
        label: 'gateway, as processes',
        target: async () => gatewayTarget(graph.gatewayUrl, op),
        memory: gatewayRss,
        memoryKind: 'gateway process',
      });
    }
    const byId = operation('CompanyById');
    await ask(await subgraphTarget(graph, byId), 'CompanyById (companies subgraph process)');
    addVariant({
      key: 'CompanyById/processes-subgraph',
      operation: 'CompanyById',
      label: 'companies subgraph, as a process',
      target: () => subgraphTarget(graph, byId),
      memory: rssOf(/services\/companies\/(src|dist)\/index\./),
      memoryKind: 'companies subgraph process',
    });
  }

  // A previous commit as a process of its own (infra/src/start.ts) on a copy of the data, beside this one's.
  let baseline: { commit: string; fillSeconds: number; skipped: string[]; error?: string } | undefined;
  if (baselineWorktree && serverUrl && processes) {
    const scratch = await createScratchDatabase(serverUrl, 'baseline');
    cleanups.push(() => scratch.drop());
    const logFile = join(baselineWorktree.dir, '..', 'graph.log');
    // Started once to migrate and seed with its own code, stopped, filled, started again: as the new
    // process, it starts on a database that already holds the data.
    const first = await startGraphProcess({
      dir: baselineWorktree.dir,
      databaseUrl: scratch.url,
      env: processEnv,
      logFile,
    });
    await first.stop();
    const handle = await openDatabase({ url: scratch.url });
    const baselineFill = await loadRegion(handle.db, scale);
    await handle.close();
    baseline = { commit: baselineWorktree.commit, fillSeconds: baselineFill.seconds, skipped: baselineFill.skipped };
    const old: GraphProcess = await startGraphProcess({
      dir: baselineWorktree.dir,
      databaseUrl: scratch.url,
      env: processEnv,
      logFile,
    });
    cleanups.push(() => old.stop());
    const fresh = processes;
    try {
      // DestinationSearch, and the dashboard (whose statistics change with the schema), in both processes.
      for (const op of [search, operation('RegionalDashboard')]) {
        await ask(gatewayTarget(old.gatewayUrl, op), `${op.name} (baseline process)`);
        await ask(gatewayTarget(fresh.gatewayUrl, op), `${op.name} (new process)`);
        addVariant({
          key: `${op.name}/baseline-process`,
          operation: op.name,
          label: `gateway, ${baselineWorktree.commit.slice(0, 10)} as a process`,
          target: async () => gatewayTarget(old.gatewayUrl, op),
          memory: () => processTreeRss(old.pid),
          memoryKind: 'baseline graph processes',
        });
      }
    } catch (err) {
      baseline.error = (err as Error).message;
      log(`baseline not measured: ${baseline.error}`);
    }
  }

  // Warm-up, then the rounds: every variant once per round, the order turning round by round, so that
  // whatever else the machine does falls on every variant alike.
  log(`warm-up: ${variants.length} variants × ${settings.warmupSeconds} s`);
  for (const v of variants) await load(await v.target(), settings.connections, settings.warmupSeconds);
  const total = variants.length * settings.rounds * slice;
  log(
    `measuring: ${variants.length} variants × ${settings.rounds} rounds × ${slice.toFixed(1)} s ≈ ${Math.ceil(total)} s`,
  );
  for (let round = 0; round < settings.rounds; round++) {
    for (let i = 0; i < variants.length; i++) {
      const v = variants[(i + round * 3) % variants.length]!;
      const stop = sampleMemory(v.memory);
      v.runs.push(await load(await v.target(), settings.connections, slice));
      v.memorySamples.push(...stop());
    }
    log(`round ${round + 1}/${settings.rounds} done`);
  }

  // ---------------------------------------------------------------------------------------------------
  // Results.
  const summaries: Record<string, Summary & { label: string }> = {};
  for (const v of variants) summaries[v.key] = { label: v.label, ...summarise(v.runs) };
  const ratio = (a: string, b: string) => {
    const x = summaries[a];
    const y = summaries[b];
    return x && y ? { rps: x.rps / y.rps, p50: x.p50 / y.p50, p99: x.p99 / y.p99 } : undefined;
  };
  const ratios: Record<string, { rps: number; p50: number; p99: number } | undefined> = {};
  for (const op of operations) {
    ratios[`${op.name}: gateway ÷ ${op.subgraph.name} subgraph${op.subgraph.whole ? '' : ' (its part)'}`] = ratio(
      `${op.name}/gateway`,
      `${op.name}/subgraph`,
    );
  }
  ratios['CompanyById: gateway ÷ companies subgraph (processes)'] = ratio(
    'CompanyById/processes',
    'CompanyById/processes-subgraph',
  );
  ratios['DestinationSearch: gateway ÷ plain SQL'] = ratio('DestinationSearch/gateway', 'DestinationSearch/sql');
  ratios['DestinationSearch: gateway (processes) ÷ plain SQL'] = ratio(
    'DestinationSearch/processes',
    'DestinationSearch/sql',
  );
  ratios['RegionalDashboard ÷ CompanyById (gateway)'] = ratio('RegionalDashboard/gateway', 'CompanyById/gateway');
  ratios['RegionalDashboard ÷ CompanyById (processes)'] = ratio('RegionalDashboard/processes', 'CompanyById/processes');
  for (const op of operations)
    ratios[`${op.name}: region ÷ seed (gateway)`] = ratio(`${op.name}/gateway`, `${op.name}/seed`);
  for (const name of ['DestinationSearch', 'RegionalDashboard']) {
    if (summaries[`${name}/baseline-process`])
      ratios[`${name}: new ÷ baseline (processes)`] = ratio(`${name}/processes`, `${name}/baseline-process`);
  }

  const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
  const memory: Record<string, { medianMB: number; maxMB: number }> = {};
  for (const kind of new Set(variants.map((v) => v.memoryKind))) {
    const samples = variants.filter((v) => v.memoryKind === kind).flatMap((v) => v.memorySamples);
    if (samples.length) memory[kind] = { medianMB: mb(median(samples)), maxMB: mb(Math.max(...samples)) };
  }

  const sum = (values: number[]) => values.reduce((s, n) => s + n, 0);
  // The speed targets, each with what this run measured and whether it holds (null: not measured).
  const targets: TargetCheck[] = [];
  const check = (target: string, value: number | null | undefined, limit: number, unit = '') =>
    targets.push({
      target,
      measured: value === null || value === undefined ? 'not measured' : `${value.toFixed(2)}${unit}`,
      holds: value === null || value === undefined ? null : value <= limit,
    });
  check(
    'CompanyById p50, gateway ÷ subgraph ≤ 1.3 (one process)',
    ratios['CompanyById: gateway ÷ companies subgraph']?.p50,
    1.3,
  );
  check(
    'CompanyById p50, gateway ÷ subgraph ≤ 1.3 (processes)',
    ratios['CompanyById: gateway ÷ companies subgraph (processes)']?.p50,
    1.3,
  );
  const databaseMs = explained ? sum(explained.map((e) => e.planningMs + e.executionMs)) : null;
  check('DestinationSearch in the database ≤ 2 ms (planning + execution)', databaseMs, 2, ' ms');
  check(
    'DestinationSearch p50, gateway ÷ plain SQL ≤ 2 (one process)',
    ratios['DestinationSearch: gateway ÷ plain SQL']?.p50,
    2,
  );
  check(
    'DestinationSearch p50, gateway ÷ plain SQL ≤ 2 (processes)',
    ratios['DestinationSearch: gateway (processes) ÷ plain SQL']?.p50,
    2,
  );
  check(
    'RegionalDashboard ÷ CompanyById p50 ≤ 3 (one process)',
    ratios['RegionalDashboard ÷ CompanyById (gateway)']?.p50,
    3,
  );
  check(
    'RegionalDashboard ÷ CompanyById p50 ≤ 3 (processes)',
    ratios['RegionalDashboard ÷ CompanyById (processes)']?.p50,
    3,
  );
  for (const op of operations)
    check(`${op.name} p50, region ÷ seed ≤ 1.5`, ratios[`${op.name}: region ÷ seed (gateway)`]?.p50, 1.5);
  for (const [name, sizes] of Object.entries(statements)) {
    const totals = [1, 10, 100].map((f) => Object.values(sizes[f] ?? {}).reduce((a, b) => a + b, 0));
    // A page of one may need fewer (its one item may have nothing in a relation another item has): what
    // must not happen is more statements for more items.
    targets.push({
      target: `${name}: SQL statements do not grow with the page (first 1 / 10 / 100)`,
      measured: totals.join(' / '),
      holds: totals[0]! <= totals[1]! && totals[1] === totals[2],
    });
  }
  check('npm start, first start ≤ 8 s', starts?.firstSeconds, 8, ' s');
  check('npm start, restart ≤ 3 s', starts?.restartSeconds, 3, ' s');
  check('gateway process resident memory under load ≤ 250 MB (max)', memory['gateway process']?.maxMB, 250, ' MB');
  // DestinationSearch is compared first: its figure stands even if a later operation failed on the baseline.
  if (baseline) {
    const times = ratios['DestinationSearch: new ÷ baseline (processes)']?.rps;
    targets.push({
      target: `DestinationSearch throughput ≥ 4× ${baseline.commit.slice(0, 10)}'s`,
      measured: times === null || times === undefined ? 'not measured' : `${times.toFixed(2)}×`,
      holds: times === null || times === undefined ? null : times >= 4,
    });
  }

  const cpus = os.cpus();
  const database = await databaseVersion;
  const commit = (() => {
    try {
      return execFileSync('git', ['-C', repo, 'rev-parse', '--short=10', 'HEAD'], { encoding: 'utf8' }).trim();
    } catch {
      return 'unknown';
    }
  })();
  const report = {
    date: started.toISOString(),
    commit,
    machine: {
      cores: cpus.length,
      cpu: cpus[0]?.model ?? 'unknown',
      memoryGB: Math.round(os.totalmem() / 1024 ** 3),
      node: process.version,
      loadAverageBefore: loadBefore.map((l) => Number(l.toFixed(2))),
      loadAverageAfter: os.loadavg().map((l) => Number(l.toFixed(2))),
    },
    database,
    settings: { ...settings, sliceSeconds: slice },
    scale: { times: settings.scale, generated: scale, rows: fill.rows, fillSeconds: Number(fill.seconds.toFixed(1)) },
    matches: sanity,
    results: summaries,
    ratios,
    statementsPerRequest: statements,
    destinationSearch: {
      floor,
      explain: explained && {
        statements: explained.length,
        planningMs: Number(sum(explained.map((e) => e.planningMs)).toFixed(3)),
        executionMs: Number(sum(explained.map((e) => e.executionMs)).toFixed(3)),
        each: explained,
      },
    },
    memory,
    starts,
    baseline,
    targets,
  };

  print(report);
  if (settings.json) {
    writeFileSync(settings.json, `${JSON.stringify(report, null, 2)}\n`);
    log(`JSON summary written to ${settings.json}`);
  }
} finally {
  await cleanUp();
}

function print(report: {
  date: string;
  commit: string;
  machine: { cores: number; cpu: string; node: string; loadAverageBefore: number[]; loadAverageAfter: number[] };
  database: string;
  scale: { times: number; rows: Record<string, number>; fillSeconds: number };
  matches: Record<string, number>;
  results: Record<string, Summary & { label: string }>;
  ratios: Record<string, { rps: number; p50: number; p99: number } | undefined>;
  statementsPerRequest: Record<string, Record<number, Record<string, number>>>;
  destinationSearch: {
    floor: { statements: number; bySubgraph: Record<string, number> } | null;
    explain: { statements: number; planningMs: number; executionMs: number; each: Explained[] } | null;
  };
  memory: Record<string, { medianMB: number; maxMB: number }>;
  starts: { firstSeconds: number; restartSeconds: number } | null;
  baseline?: { commit: string; fillSeconds: number; skipped: string[]; error?: string };
  targets: TargetCheck[];
}) {
  const r = report.scale.rows;
  const n = (v: number | undefined) => (v ?? 0).toLocaleString('en-US');
  const out: string[] = [];
  out.push('');
  out.push(
    `Destination Métier region benchmark — ${report.date.slice(0, 10)}, commit ${report.commit}, ${report.database}`,
  );
  out.push(
    `machine: ${report.machine.cores} cores (${report.machine.cpu}), Node ${report.machine.node}; load average ${report.machine.loadAverageBefore.join(' ')} before, ${report.machine.loadAverageAfter.join(' ')} after`,
  );
  out.push(
    `data: ${report.scale.times}× the live network — ${n(r['companies.company'])} companies, ${n(r['companies.charter'])} charters, ${n(r['companies.commitment'])} commitments, ${n(r['people.ambassador'])} ambassadors, ${n(r['events.event'])} events (parents' cafés among them), ${n(r['events.registration'])} registrations, ${n(r['companies.immersion_offer'])} immersion offers, ${n(r['companies.immersion_request'])} requests, ${n(r['people.contact_request'])} contact requests; filled in ${report.scale.fillSeconds} s`,
  );
  out.push(
    `matches at region scale (totalCount): ${Object.entries(report.matches)
      .map(([k, v]) => `${k} ${n(v)}`)
      .join(', ')}`,
  );
  out.push(
    `load: ${settings.connections} concurrent clients (autocannon in a worker thread), ${settings.rounds} interleaved rounds of ${slice.toFixed(1)} s per variant, after ${settings.warmupSeconds} s of warm-up`,
  );
  out.push('');
  const header = `${'operation'.padEnd(20)} ${'variant'.padEnd(40)} ${'req/s'.padStart(8)} ${'p50 ms'.padStart(7)} ${'p99 ms'.padStart(7)} ${'failed'.padStart(7)}`;
  out.push(header);
  out.push('-'.repeat(header.length));
  for (const op of operations) {
    const order = ['gateway', 'subgraph', 'sql', 'seed', 'processes', 'processes-subgraph', 'baseline-process'];
    const rows = Object.entries(report.results)
      .filter(([key]) => key.startsWith(`${op.name}/`))
      .sort(([a], [b]) => order.indexOf(a.split('/')[1]!) - order.indexOf(b.split('/')[1]!));
    rows.forEach(([, s], i) => {
      out.push(
        `${(i === 0 ? op.name : '').padEnd(20)} ${s.label.padEnd(40)} ${s.rps.toFixed(1).padStart(8)} ${String(s.p50).padStart(7)} ${String(s.p99).padStart(7)} ${String(s.failures).padStart(7)}`,
      );
    });
  }
  out.push('');
  out.push(`${'ratios (A ÷ B)'.padEnd(64)} ${'req/s'.padStart(6)} ${'p50'.padStart(6)} ${'p99'.padStart(6)}`);
  for (const [label, x] of Object.entries(report.ratios)) {
    if (!x) continue;
    out.push(
      `  ${label.padEnd(62)} ${x.rps.toFixed(2).padStart(6)} ${x.p50.toFixed(2).padStart(6)} ${x.p99.toFixed(2).padStart(6)}`,
    );
  }
  out.push('');
  out.push('SQL statements per request (region, through the gateway), first 1 / 10 / 100:');
  for (const [name, sizes] of Object.entries(report.statementsPerRequest)) {
    const total = (c: Record<string, number>) => Object.values(c).reduce((s, v) => s + v, 0);
    const detail = (c: Record<string, number>) =>
      Object.entries(c)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ');
    out.push(
      `  ${name.padEnd(20)} ${[1, 10, 100].map((f) => total(sizes[f] ?? {})).join(' / ')}   (first 100: ${detail(sizes[100] ?? {})})`,
    );
  }
  const ex = report.destinationSearch.explain;
  if (ex) {
    out.push('');
    out.push(
      `DestinationSearch in the database (EXPLAIN ANALYZE of its ${ex.statements} statements, region scale): planning ${ex.planningMs.toFixed(2)} ms + execution ${ex.executionMs.toFixed(2)} ms`,
    );
    for (const e of ex.each)
      out.push(
        `  ${e.subgraph.padEnd(10)} ${e.planningMs.toFixed(2).padStart(7)} + ${e.executionMs.toFixed(2).padStart(8)} ms  ${e.sql.slice(0, 90)}`,
      );
  }
  out.push('');
  for (const [kind, m] of Object.entries(report.memory))
    out.push(
      `resident memory under load, ${kind}${kind === 'bench process' ? ' (in-process: gateway, 4 subgraphs, load generator' + (settings.database === 'pglite' ? ', PGlite' : '') + ')' : ''}: median ${m.medianMB} MB, max ${m.maxMB} MB`,
    );
  if (report.baseline) {
    out.push(
      `baseline ${report.baseline.commit.slice(0, 10)}: filled in ${report.baseline.fillSeconds.toFixed(1)} s${report.baseline.skipped.length ? ` (skipped: ${report.baseline.skipped.join(', ')})` : ''}${report.baseline.error ? `; not measured: ${report.baseline.error}` : ''}`,
    );
  }
  if (report.starts)
    out.push(
      `npm start (PGlite, default seed, fresh data directory): first start ${report.starts.firstSeconds.toFixed(1)} s, restart ${report.starts.restartSeconds.toFixed(1)} s`,
    );
  out.push('');
  out.push('targets:');
  for (const t of report.targets)
    out.push(`  ${(t.holds === null ? '?' : t.holds ? 'holds' : 'MISSED').padEnd(6)} ${t.target}: ${t.measured}`);
  out.push('');
  console.log(out.join('\n'));
}

/** A speed target: what it asks, what this run measured, whether it holds (null: not measured). */
interface TargetCheck {
  target: string;
  measured: string;
  holds: boolean | null;
}
