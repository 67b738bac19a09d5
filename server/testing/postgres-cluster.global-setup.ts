import type { TestProject } from 'vitest/node';
import { startPostgresCluster } from './postgres-cluster';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A superuser connection URL of the PostgreSQL server the storage tests use. */
    postgresUrl: string;
  }
}

/**
 * Starts a throwaway PostgreSQL cluster for the storage tests, unless TEST_POSTGRES_URL names
 * a server to use instead. Missing binaries fail the run: the PostgreSQL tests must never
 * quietly not happen.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const given = process.env.TEST_POSTGRES_URL;
  if (given) {
    project.provide('postgresUrl', given);
    return async () => undefined;
  }
  const cluster = await startPostgresCluster();
  project.provide('postgresUrl', cluster.url);
  return () => cluster.stop();
}
