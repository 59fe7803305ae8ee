import { inject } from 'vitest';

import { type CentralDb, type CentralDbKind, openCentralDb } from '../../../server/db/connect.js';
import { migrateCentral } from '../../../server/db/migrate.js';
import { createPostgresDatabase } from '../../support/central-fixture.js';

/** Both central backends, for describe.each. */
export const BACKENDS: CentralDbKind[] = ['pglite', 'postgres'];

export interface FreshCentral {
  central: CentralDb;
  /** postgres://… of the fresh database (PostgreSQL only). */
  url: string | null;
  drop(): Promise<void>;
}

/** A fresh, migrated central database: PGlite in memory, or a new PostgreSQL database. */
export async function freshCentral(kind: CentralDbKind): Promise<FreshCentral> {
  if (kind === 'pglite') {
    const central = await openCentralDb({});
    await migrateCentral(central.db);
    return { central, url: null, drop: () => central.close() };
  }
  const database = await createPostgresDatabase(inject('postgresUrl'));
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
