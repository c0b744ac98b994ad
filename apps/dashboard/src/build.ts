// Node side of the dashboard page: builds it with Vite where the gateway serves it from (never committed).
import { readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The build's default folder, the one the gateway serves when DASHBOARD_DIR is unset. */
export const dashboardDist = join(root, 'dist');

/** Builds the page into `outDir` with the app's Vite configuration (base `/dashboard/`). */
export async function buildDashboard(outDir: string = dashboardDist): Promise<string> {
  const { build } = await import('vite');
  // Vite sets NODE_ENV=production in this process when it was unset: the graph started next must not inherit it.
  const nodeEnv = process.env.NODE_ENV;
  try {
    await build({
      configFile: join(root, 'vite.config.ts'),
      mode: 'production',
      build: { outDir, emptyOutDir: true },
      logLevel: 'warn',
    });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  return outDir;
}

const newest = (path: string): number => {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
};

/** Builds the page unless its build is newer than every source (what `npm start` does in development). */
export async function buildDashboardIfStale(outDir: string = dashboardDist): Promise<boolean> {
  let built = 0;
  try {
    built = statSync(join(outDir, 'index.html')).mtimeMs;
  } catch {
    built = 0;
  }
  const sources = ['src', 'index.html', 'vite.config.ts', 'trusted-documents.json'].map((p) => newest(join(root, p)));
  if (built > Math.max(...sources)) return false;
  await buildDashboard(outDir);
  return true;
}
