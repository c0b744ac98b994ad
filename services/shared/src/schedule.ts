import { logger } from './logger.ts';

/**
 * Background work of a process: `run` every `intervalMs`, a slow round never overlapped by the next,
 * failures logged; `runOnce(now)` does a round at once (tests, scripts); `stop()` waits for the round in
 * progress.
 */
export function every<A extends unknown[], R>(name: string, intervalMs: number, run: (...args: A) => Promise<R>) {
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
