import type {} from './context.ts';
import postgres from 'postgres';
import { inject } from 'vitest';

/**
 * A database of the test's own, for a test file that starts a stack of its own: on the PostgreSQL project,
 * created on `TEST_DATABASE_URL`'s server and dropped by `drop()`; on PGlite, none (`url` undefined: the
 * stack opens its own in memory).
 */
export async function ownDatabase(label: string): Promise<{ url: string | undefined; drop(): Promise<void> }> {
  if (inject('database') !== 'postgres') return { url: undefined, drop: async () => {} };
  const server = process.env.TEST_DATABASE_URL as string;
  const name = `dm_${label}_${process.pid}_${Date.now()}`;
  const admin = postgres(server, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end();
    },
  };
}
