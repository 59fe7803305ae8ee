import type {} from 'vitest';
import type { TestProject } from 'vitest/node';

import { startPostgresCluster } from './postgres-cluster.js';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}

/**
 * Gives every integration test a real PostgreSQL: TEST_DATABASE_URL when set (CI starts one),
 * otherwise a throwaway cluster started here and stopped after the run.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  const given = process.env.TEST_DATABASE_URL;
  if (given) {
    project.provide('postgresUrl', given);
    return () => {};
  }
  const cluster = await startPostgresCluster();
  project.provide('postgresUrl', cluster.url);
  return () => cluster.stop();
}
