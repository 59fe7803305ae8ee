import pg from 'pg';

import { startPostgresCluster } from '../support/postgres-cluster.js';

/** A fresh database for one benchmark: on BENCH_DATABASE_URL's server, or a throwaway cluster. */
export async function freshPostgresDatabase(name: string): Promise<{ url: string; drop(): Promise<void> }> {
  const cluster = process.env.BENCH_DATABASE_URL ? null : await startPostgresCluster();
  const serverUrl = process.env.BENCH_DATABASE_URL ?? cluster!.url;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name}`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      if (cluster) return cluster.stop();
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
