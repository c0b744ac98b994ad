import type { RunningServer, ShutdownOptions } from './http.ts';
import { logger } from './logger.ts';
import { schedulerDuration, schedulerRuns } from './metrics.ts';

/**
 * Background work of a process: `run` every `intervalMs`, a slow round never overlapped by the next,
 * failures logged; `runOnce(now)` does a round at once (tests, scripts); `stop()` waits for the round in
 * progress.
 */
export function every<A extends unknown[], R>(name: string, intervalMs: number, work: (...args: A) => Promise<R>) {
  // Every round, scheduled or asked for, is counted and timed for `/metrics` (`dm_scheduler_runs_total`).
  const run = async (...args: A): Promise<R> => {
    const stopTimer = schedulerDuration.startTimer({ job: name });
    try {
      const result = await work(...args);
      schedulerRuns.inc({ job: name, outcome: 'ok' });
      return result;
    } catch (err) {
      schedulerRuns.inc({ job: name, outcome: 'failed' });
      throw err;
    } finally {
      stopTimer();
    }
  };
  let running: Promise<unknown> | null = null;
  const timer = setInterval(() => {
    if (running) return;
    running = (run as () => Promise<R>)()
      .catch((err) => logger.error({ err }, `${name} failed`))
      .finally(() => {
        running = null;
      });
  }, intervalMs);
  timer.unref();
  return {
    runOnce: run,
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}

/**
 * A server whose background work stops right after it closes (when its process stops on SIGTERM, or the
 * one-process stack stops), before the database does.
 */
export function stoppingWith<S extends { listen(port: number, host?: string): Promise<RunningServer> }>(
  server: S,
  ...jobs: { stop(): Promise<void> }[]
): S {
  return {
    ...server,
    listen: async (port: number, host?: string) => {
      const running = await server.listen(port, host);
      return {
        ...running,
        close: async (options?: ShutdownOptions) => {
          await running.close(options);
          for (const job of jobs) await job.stop();
        },
      };
    },
  };
}
