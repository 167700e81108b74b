import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const clinicalSource = fileURLToPath(new URL('./packages/clinical/src/index.ts', import.meta.url));
const alias = { '@candor/clinical': clinicalSource };

/**
 * One `vitest run` is the whole suite: pure unit tests, the server's integration tests once on
 * SQLite and once on PostgreSQL (each file on a fresh database it creates and drops), and the
 * browser tests against the built app in Debian's Chromium.
 */
export default defineConfig({
  test: {
    projects: [
      { resolve: { alias }, test: { name: 'clinical', include: ['packages/clinical/src/**/*.test.ts'] } },
      {
        resolve: { alias },
        test: { name: 'server-sqlite', include: ['packages/server/src/**/*.test.ts'], env: { CANDOR_TEST_DB: 'sqlite' }, testTimeout: 30_000, hookTimeout: 30_000 },
      },
      {
        resolve: { alias },
        test: {
          name: 'server-postgres', include: ['packages/server/src/**/*.test.ts'], env: { CANDOR_TEST_DB: 'postgres' },
          globalSetup: ['packages/server/src/test/postgres-global-setup.ts'], testTimeout: 30_000, hookTimeout: 30_000,
        },
      },
      // The benchmark runner's own logic (its pass/fail checks); the benchmarks themselves run as `npm run bench:smoke`.
      { test: { name: 'bench', include: ['bench/src/**/*.test.ts'] } },
      { test: { name: 'e2e', include: ['e2e/**/*.e2e.test.ts'], testTimeout: 60_000, hookTimeout: 60_000, fileParallelism: false } },
    ],
  },
});
