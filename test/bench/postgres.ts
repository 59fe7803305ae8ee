import { createPostgresDatabase } from '../support/central-fixture.js';
import { startPostgresCluster } from '../support/postgres-cluster.js';

/** A fresh database for one benchmark: on BENCH_DATABASE_URL's server, or a throwaway cluster. */
export async function freshPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const cluster = process.env.BENCH_DATABASE_URL ? null : await startPostgresCluster();
  const database = await createPostgresDatabase(process.env.BENCH_DATABASE_URL ?? cluster!.url);
  return {
    url: database.url,
    async drop() {
      await database.drop();
      cluster?.stop();
    },
  };
}
