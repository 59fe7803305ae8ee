import { randomBytes } from 'node:crypto';

import pg from 'pg';
import { inject } from 'vitest';

import { type CentralDb, type CentralDbKind, openCentralDb } from '../../../server/db/connect.js';
import { migrateCentral } from '../../../server/db/migrate.js';

/** Both central backends, for describe.each. */
export const BACKENDS: CentralDbKind[] = ['pglite', 'postgres'];

export interface FreshCentral {
  central: CentralDb;
  /** postgres://… of the fresh database (PostgreSQL only). */
  url: string | null;
  drop(): Promise<void>;
}

/** Creates an empty database on the test PostgreSQL server and returns its URL. */
export async function createPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const serverUrl = inject('postgresUrl');
  const name = `kabinet_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

/** A fresh, migrated central database: PGlite in memory, or a new PostgreSQL database. */
export async function freshCentral(kind: CentralDbKind): Promise<FreshCentral> {
  if (kind === 'pglite') {
    const central = await openCentralDb({});
    await migrateCentral(central.db);
    return { central, url: null, drop: () => central.close() };
  }
  const database = await createPostgresDatabase();
  const central = await openCentralDb({ databaseUrl: database.url, poolSize: 4 });
  await migrateCentral(central.db);
  return {
    central,
    url: database.url,
    async drop() {
      await central.close();
      await database.drop();
    },
  };
}
