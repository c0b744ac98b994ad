import { defineConfig } from 'vitest/config';

// The fault suite (`*.faults.ts`): the graph as separate compiled processes on PostgreSQL, killed, frozen and
// stopped under load. It runs after the other suites, one file at a time, so that its timings are its own;
// without TEST_DATABASE_URL it is skipped.
export default defineConfig({
  test: {
    name: 'faults',
    include: ['infra/faults/**/*.faults.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    passWithNoTests: true,
    fileParallelism: false,
  },
});
