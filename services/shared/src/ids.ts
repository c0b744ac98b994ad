import { createHash } from 'node:crypto';

/**
 * A stable UUID for a seeded record, so that every subgraph's seed can refer to the same company,
 * referent or ambassador by id, and restarts and re-seeds give the same ids.
 */
export function seedId(kind: string, key: string): string {
  const hex = createHash('sha256').update(`destination-metier:${kind}:${key}`).digest('hex');
  // Shaped as a version-8 (custom) UUID with the RFC 4122 variant.
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${((Number.parseInt(hex.slice(16, 18), 16) & 0x3f) | 0x80).toString(16)}${hex.slice(18, 20)}-${hex.slice(20, 32)}`;
}
