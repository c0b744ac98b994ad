import DataLoader from 'dataloader';

/**
 * A per-request loader of one row per key: one query for all the keys a request asks for
 * (no N+1), `null` for keys that do not exist.
 */
export function rowLoader<K, R>(fetch: (keys: readonly K[]) => Promise<R[]>, keyOf: (row: R) => K) {
  return new DataLoader<K, R | null>(async (keys) => {
    const rows = await fetch(keys);
    const byKey = new Map(rows.map((row) => [keyOf(row), row] as const));
    return keys.map((key) => byKey.get(key) ?? null);
  });
}

/** A per-request loader of the rows that belong to each key (a one-to-many relation). */
export function groupLoader<K, R>(fetch: (keys: readonly K[]) => Promise<R[]>, keyOf: (row: R) => K) {
  return new DataLoader<K, R[]>(async (keys) => {
    const rows = await fetch(keys);
    const groups = new Map<K, R[]>();
    for (const row of rows) {
      const key = keyOf(row);
      const group = groups.get(key);
      if (group) group.push(row);
      else groups.set(key, [row]);
    }
    return keys.map((key) => groups.get(key) ?? []);
  });
}
