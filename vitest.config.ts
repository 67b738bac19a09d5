import { defineConfig } from 'vitest/config';

const storageTests = ['server/**/*.db.test.ts', 'integration/**/*.db.test.ts'];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'shared/**/*.test.ts',
            'server/**/*.test.ts',
            'electron/**/*.test.ts',
            'renderer/**/*.test.{ts,tsx}',
          ],
          exclude: storageTests,
          environment: 'node',
          // Property tests run hundreds of cases; on a busy two-core machine 5 s is not enough.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'storage:pglite',
          include: storageTests,
          env: { TEST_DATABASE: 'pglite' },
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'storage:postgres',
          include: storageTests,
          env: { TEST_DATABASE: 'postgres' },
          globalSetup: ['server/testing/postgres-cluster.global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
