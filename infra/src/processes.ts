import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { logger } from '@dm/shared';

/** Where a process of the graph starts: its compiled entry when this one runs compiled, else its sources. */
const compiled = import.meta.url.endsWith('.js');
const entryOf = (workspace: string) =>
  fileURLToPath(new URL(`../../${workspace}/${compiled ? 'dist/index.js' : 'src/index.ts'}`, import.meta.url));

export interface GraphChild {
  name: string;
  child: ChildProcess;
  /** Where it serves, once it said it is ready. */
  url: Promise<string>;
  /** Asks it to stop (SIGTERM: it drains its requests) and waits until it has exited. */
  stop(): Promise<void>;
}

/**
 * Runs one process of the graph (a subgraph or the gateway: `services/companies`, `gateway`...) as a child
 * of this one, from the same build and with the same Node options (tsx's loader, or the production
 * condition), its logs on this process's output. It says where it serves over IPC, and stops by itself
 * if this process goes away.
 */
export function forkGraphProcess(name: string, workspace: string, env: Record<string, string | undefined>): GraphChild {
  const child = fork(entryOf(workspace), [], {
    execArgv: process.execArgv,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = new Promise<string>((resolve, reject) => {
    child.on('message', (message: { type?: string; url?: string }) => {
      if (message?.type === 'ready' && message.url) resolve(message.url);
    });
    void exited.then((code) => reject(new Error(`${name} exited (code ${code}) before it was ready`)));
  });
  url.catch(() => {});
  return {
    name,
    child,
    url,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      const code = await exited;
      if (code !== 0 && code !== null) logger.warn({ process: name, code }, 'stopped with an error');
    },
  };
}
