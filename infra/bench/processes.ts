// Scratch databases, a previous commit in a temporary worktree, and graphs started as separate processes
// (`infra/src/start.ts`), for the comparison with a baseline commit.
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import postgres from 'postgres';
import { freePort } from './measure.ts';

const exec = promisify(execFile);

/** A database created on the server of `serverUrl` for this run, dropped by `drop()`. */
export interface ScratchDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

export async function createScratchDatabase(serverUrl: string, label: string): Promise<ScratchDatabase> {
  const name = `dm_bench_${process.pid}_${Date.now().toString(36)}_${label}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    drop: async () => {
      const again = postgres(serverUrl, { max: 1, onnotice: () => {} });
      try {
        await again.unsafe(`drop database if exists "${name}" with (force)`);
      } finally {
        await again.end();
      }
    },
  };
}

/** The server's version, e.g. "PostgreSQL 15.20". */
export async function serverVersion(url: string): Promise<string> {
  const client = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const [row] = await client`show server_version`;
    return `PostgreSQL ${String(row?.server_version).split(' ')[0]}`;
  } finally {
    await client.end();
  }
}

/** A commit checked out into a temporary worktree with its own `npm ci`; `remove()` deletes both. */
export interface Worktree {
  dir: string;
  commit: string;
  remove(): Promise<void>;
}

export async function checkoutWorktree(repo: string, commit: string, log: (line: string) => void): Promise<Worktree> {
  const { stdout } = await exec('git', ['-C', repo, 'rev-parse', '--verify', `${commit}^{commit}`]);
  const sha = stdout.trim();
  const dir = join(mkdtempSync(join(tmpdir(), 'dm-bench-baseline-')), 'repo');
  await exec('git', ['-C', repo, 'worktree', 'add', '--detach', dir, sha]);
  const remove = async () => {
    await exec('git', ['-C', repo, 'worktree', 'remove', '--force', dir]).catch(() => undefined);
    rmSync(join(dir, '..'), { recursive: true, force: true });
    await exec('git', ['-C', repo, 'worktree', 'prune']).catch(() => undefined);
  };
  try {
    log(`baseline ${sha.slice(0, 10)}: npm ci in ${dir} (its log: ${dir}/../npm-ci.log)`);
    await new Promise<void>((resolve, reject) => {
      const out = createWriteStream(join(dir, '..', 'npm-ci.log'));
      // Not this process's NODE_ENV=production (npm would leave out the devDependencies, tsx among them),
      // nor the settings `npm run` handed this process.
      const env = Object.fromEntries(
        Object.entries(process.env).filter(([k]) => k !== 'NODE_ENV' && !k.toLowerCase().startsWith('npm_')),
      );
      const child = spawn('npm', ['ci', '--no-audit', '--no-fund'], {
        cwd: dir,
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child.stdout.pipe(out);
      child.stderr.pipe(out);
      child.once('error', reject);
      child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`npm ci exited with ${code}`))));
    });
    if (!existsSync(join(dir, 'infra', 'src', 'start.ts')))
      throw new Error(`${sha.slice(0, 10)} has no infra/src/start.ts: it cannot be started the same way`);
  } catch (err) {
    await remove();
    throw err;
  }
  return { dir, commit: sha, remove };
}

/** A whole graph started by `infra/src/start.ts` of a checkout, as a process of its own. */
export interface GraphProcess {
  gatewayUrl: string;
  /** Each subgraph's endpoint (on PostgreSQL, each a process of its own). */
  subgraphUrls: Record<'companies' | 'events' | 'people' | 'access', string>;
  pid: number;
  stop(): Promise<void>;
}

export async function startGraphProcess(options: {
  dir: string;
  databaseUrl: string;
  env: Record<string, string>;
  logFile: string;
}): Promise<GraphProcess> {
  const ports = { PORT: 0, COMPANIES_PORT: 0, EVENTS_PORT: 0, PEOPLE_PORT: 0, ACCESS_PORT: 0 };
  for (const key of Object.keys(ports) as (keyof typeof ports)[]) ports[key] = await freePort();
  const out = createWriteStream(options.logFile);
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'infra/src/start.ts'], {
    cwd: options.dir,
    env: {
      ...process.env,
      ...options.env,
      ...Object.fromEntries(Object.entries(ports).map(([k, v]) => [k, String(v)])),
      HOST: '127.0.0.1',
      DATABASE_URL: options.databaseUrl,
      DATA_DIR: join(options.dir, '.data-bench'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.pipe(out);
  child.stderr?.pipe(out);
  let exited = false;
  child.once('exit', () => {
    exited = true;
  });
  const gatewayUrl = `http://127.0.0.1:${ports.PORT}/graphql`;
  const at = (port: number) => `http://127.0.0.1:${port}/graphql`;
  const subgraphUrls = {
    companies: at(ports.COMPANIES_PORT),
    events: at(ports.EVENTS_PORT),
    people: at(ports.PEOPLE_PORT),
    access: at(ports.ACCESS_PORT),
  };
  const stop = async () => {
    if (exited) return;
    const done = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await done;
    clearTimeout(timer);
  };
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (exited) throw new Error(`the graph of ${options.dir} exited while starting:\n${tail(options.logFile)}`);
    const ready = await fetch(`http://127.0.0.1:${ports.PORT}/ready`).then(
      (r) => r.ok,
      () => false,
    );
    // The gateway is ready before its subgraphs (it needs none to start): every one must answer too.
    const all =
      ready &&
      (
        await Promise.all(
          Object.values(subgraphUrls).map((url) =>
            fetch(url.replace(/\/graphql$/, '/ready')).then(
              (r) => r.ok,
              () => false,
            ),
          ),
        )
      ).every(Boolean);
    if (all) return { gatewayUrl, subgraphUrls, pid: child.pid!, stop };
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`the graph of ${options.dir} was not ready within 3 minutes:\n${tail(options.logFile)}`);
}

const tail = (file: string) => {
  try {
    return readFileSync(file, 'utf8').slice(-3000);
  } catch {
    return '(no log)';
  }
};

/**
 * `npm start` as a newcomer runs it (`infra/src/start.ts` from the sources, embedded PGlite, the default
 * seed, development settings) on a fresh data directory, then again on the same one: seconds from the
 * spawn to the banner that says where to query, each time. The dashboard page is built already (a fresh
 * clone's first start builds it too: a few seconds more).
 */
export async function measureStarts(
  dir: string,
  logFile: string,
): Promise<{ firstSeconds: number; restartSeconds: number }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'dm-bench-start-'));
  const out = createWriteStream(logFile);
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([k]) => !['NODE_ENV', 'DATABASE_URL', 'SEED'].includes(k) && !k.toLowerCase().startsWith('npm_'),
    ),
  );
  const once = async () => {
    const ports: Record<string, string> = {};
    for (const key of ['PORT', 'COMPANIES_PORT', 'EVENTS_PORT', 'PEOPLE_PORT', 'ACCESS_PORT'])
      ports[key] = String(await freePort());
    const started = performance.now();
    const child = spawn(process.execPath, ['--import', 'tsx', 'infra/src/start.ts'], {
      cwd: dir,
      env: { ...env, ...ports, DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stderr.pipe(out, { end: false });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    const seconds = await new Promise<number>((resolve, reject) => {
      let text = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out.write(chunk);
        text += chunk.toString('utf8');
        if (text.includes('graph is running')) resolve((performance.now() - started) / 1000);
      });
      void exited.then((code) => reject(new Error(`npm start exited (code ${code}) before it was running`)));
      setTimeout(() => reject(new Error('npm start was not running within 2 minutes')), 120_000).unref();
    }).catch(async (err: Error) => {
      child.kill('SIGKILL');
      await exited;
      throw err;
    });
    child.kill('SIGTERM');
    await exited;
    return seconds;
  };
  try {
    const firstSeconds = await once();
    const restartSeconds = await once();
    return { firstSeconds, restartSeconds };
  } finally {
    out.end();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
