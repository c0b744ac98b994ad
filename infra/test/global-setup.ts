import { randomBytes } from 'node:crypto';
import type { TestProject } from 'vitest/node';
import postgres from 'postgres';
import { readErasureEnv } from '@dm/events';
import { startLocalStack } from '../src/stack.ts';
import type {} from '@dm/testing/context';

/**
 * Starts one stack per test project, on random ports: PGlite in memory, or a fresh PostgreSQL database
 * created on TEST_DATABASE_URL's server and dropped afterwards. Tests reach it through the gateway only.
 */
export default async function setup(project: TestProject) {
  const database = project.config.provide.database as 'pglite' | 'postgres';
  const authSecret = randomBytes(32).toString('base64url');
  let databaseUrl: string | undefined;
  let dropDatabase: (() => Promise<void>) | undefined;

  if (database === 'postgres') {
    const serverUrl = process.env.TEST_DATABASE_URL as string;
    const name = `dm_test_${process.pid}_${Date.now()}`;
    const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database "${name}"`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
    dropDatabase = async () => {
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end();
    };
  }

  const stack = await startLocalStack({
    // The events subgraph follows erasures every few minutes; the tests see it within a second.
    erasureEnv: readErasureEnv({ ERASURE_SYNC_MS: '300' }),
    databaseUrl,
    // Generous limits for the suites that fire hundreds of requests from one address; the partner key
    // budget stays small enough for a test to exhaust it. Key checks are not cached, so revocation shows at once.
    env: {
      AUTH_JWT_SECRET: authSecret,
      RATE_LIMIT_ANONYMOUS_PER_MINUTE: '100000',
      RATE_LIMIT_USER_PER_MINUTE: '100000',
      RATE_LIMIT_PUBLIC_MUTATIONS_PER_HOUR: '100000',
      RATE_LIMIT_PUBLIC_MUTATIONS_PER_EMAIL_PER_HOUR: '100000',
      RATE_LIMIT_PUBLIC_MUTATIONS_PER_TARGET_PER_HOUR: '100000',
      RATE_LIMIT_API_KEY_PER_MINUTE: '200',
      API_KEY_CACHE_MS: '0',
    },
  });
  project.provide('gatewayUrl', stack.gatewayUrl);
  project.provide('companiesUrl', stack.subgraphUrls.companies as string);
  project.provide('eventsUrl', stack.subgraphUrls.events as string);
  project.provide('authSecret', authSecret);
  project.provide('identitySecret', stack.identitySecret);
  project.provide('peopleUrl', stack.subgraphUrls.people as string);
  project.provide('accessUrl', stack.subgraphUrls.access as string);

  return async () => {
    await stack.stop();
    await dropDatabase?.();
  };
}
