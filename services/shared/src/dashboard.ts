import { badInput } from './errors.ts';
import { requireDepartment } from './reference/index.ts';

/**
 * What a regional dashboard is computed for. Its `scope` string is the RegionalDashboard entity key:
 * every subgraph that contributes statistics reads the department and period back from it.
 */
export interface DashboardScope {
  scope: string;
  department: string | null;
  from: string | null;
  to: string | null;
}

export function dashboardScope(
  filter: { department?: string | null; from?: string | null; to?: string | null } | null | undefined,
): DashboardScope {
  const department = filter?.department ? requireDepartment(filter.department, 'filter.department').code : null;
  const from = filter?.from ?? null;
  const to = filter?.to ?? null;
  if (from && to && from > to) throw badInput('filter.to', 'to must not be before from');
  return { scope: `department=${department ?? ''};from=${from ?? ''};to=${to ?? ''}`, department, from, to };
}

/** The inverse of `scope`, for a subgraph handed the dashboard back by its key. */
export function parseScope(scope: string): DashboardScope {
  const parts = Object.fromEntries(scope.split(';').map((p) => p.split('=') as [string, string]));
  return dashboardScope({ department: parts.department || null, from: parts.from || null, to: parts.to || null });
}

/** Several statistics fields share one query: compute it once per dashboard object and request. */
const memo = new WeakMap<DashboardScope, Map<string, Promise<unknown>>>();
export function once<T>(scope: DashboardScope, key: string, compute: () => Promise<T>): Promise<T> {
  let cache = memo.get(scope);
  if (!cache) memo.set(scope, (cache = new Map()));
  if (!cache.has(key)) cache.set(key, compute());
  return cache.get(key) as Promise<T>;
}
