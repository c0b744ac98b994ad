import { defineConfig } from 'vitest/config';

// Test kinds are told apart by suffix: `*.test.ts` unit tests of plain functions, `*.e2e.ts` through the
// gateway of a running stack (once on PGlite, once more on PostgreSQL when TEST_DATABASE_URL is set).
const e2e = (database: 'pglite' | 'postgres') => ({
  extends: true as const,
  test: {
    name: `e2e-${database}`,
    include: ['**/*.e2e.ts'],
    exclude: ['**/node_modules/**'],
    globalSetup: ['./infra/test/global-setup.ts'],
    provide: { database },
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});

export default defineConfig({
  test: {
    env: { NODE_ENV: 'test' },
    projects: [
      { extends: true, test: { name: 'unit', include: ['**/*.test.ts'], exclude: ['**/node_modules/**'] } },
      e2e('pglite'),
      ...(process.env.TEST_DATABASE_URL ? [e2e('postgres')] : []),
    ],
  },
});
