import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import http from 'node:http';
import { fileURLToPath } from 'node:url';

/** The repository's root, where the processes run from (as in the container's working directory). */
export const root = fileURLToPath(new URL('../..', import.meta.url));

/** Compiles every workspace (cached by turbo when nothing changed): the processes run what production runs. */
export const build = () => execFileSync('npx', ['turbo', 'run', 'build', '--output-logs=errors-only'], { cwd: root });

export interface GraphProcess {
  name: string;
  child: ChildProcess;
  /** Every line the process wrote, stdout and stderr. */
  logs: string[];
  /** Its exit code, once it exits. */
  exited: Promise<number | null>;
  /** The URL it logged when ready. */
  ready: Promise<string>;
}

/**
 * Starts one process of the graph from its compiled entry (`services/companies/dist/index.js`...), with
 * the given environment on top of a minimal one, and collects what it logs.
 */
export function startProcess(name: string, entry: string, env: Record<string, string>): GraphProcess {
  const child = spawn(process.execPath, ['--conditions=production', entry], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: string[] = [];
  let onReady: (url: string) => void;
  let onFailed: (err: Error) => void;
  const ready = new Promise<string>((resolve, reject) => {
    onReady = resolve;
    onFailed = reject;
  });
  let pending = '';
  const read = (chunk: Buffer) => {
    pending += chunk.toString('utf8');
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      logs.push(line);
      try {
        const entry = JSON.parse(line) as { msg?: string; url?: string };
        if (entry.url && / ready$/.test(entry.msg ?? '')) onReady(entry.url);
      } catch {
        // not a JSON log line (a start-up problem printed plainly)
      }
    }
  };
  child.stdout?.on('data', read);
  child.stderr?.on('data', read);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  void exited.then((code) => onFailed(new Error(`${name} exited (${code}) before it was ready:\n${logs.join('\n')}`)));
  return { name, child, logs, exited, ready };
}

export interface Answer {
  status: number;
  body: any;
  ms: number;
}

/**
 * POSTs a GraphQL request on a connection of its own (no keep-alive), as a client behind a load balancer
 * would; rejects with the socket error when the request could not be sent.
 */
export function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const started = performance.now();
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      {
        method: 'POST',
        agent: false,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload), ...headers },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (c: Buffer) => chunks.push(c));
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let parsed: unknown = text;
          try {
            parsed = JSON.parse(text);
          } catch {
            // kept as text
          }
          resolve({ status: response.statusCode ?? 0, body: parsed, ms: performance.now() - started });
        });
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(payload);
  });
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
