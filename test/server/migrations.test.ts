import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';

import { migrateCentral } from '../../server/db/migrate.js';
import { centralMigrations } from '../../server/db/migrations/index.js';
import { startCentralService } from '../../server/start.js';
import { backends, openTestCentral, type TestCentral } from '../support/central-fixture.js';

describe.each(backends)('central migrations on %s', (backend) => {
  let tc: TestCentral;
  beforeAll(async () => {
    tc = await openTestCentral(backend, inject('postgresUrl'));
  });
  afterAll(() => tc.dispose());

  it('applied every known migration to the fresh database, and a second run does nothing', async () => {
    const applied = await sql<{
      version: number;
    }>`SELECT version FROM schema_migrations ORDER BY version`.execute(tc.central.db);
    expect(applied.rows.map((r) => r.version)).toEqual(centralMigrations.map((m) => m.version));
    expect(await migrateCentral(tc.central.db)).toEqual([]);
    const tables = await sql<{ n: number }>`SELECT count(*)::int AS n FROM information_schema.tables
      WHERE table_schema = 'public' AND table_name IN ('regions', 'accounts', 'meters', 'devices', 'sessions')`.execute(
      tc.central.db,
    );
    expect(tables.rows[0]?.n).toBe(5);
  });

  it('refuses a database carrying a migration newer than this build', async () => {
    await sql`INSERT INTO schema_migrations (version, name) VALUES (9999, '9999_from_the_future')`.execute(
      tc.central.db,
    );
    await expect(migrateCentral(tc.central.db)).rejects.toThrow(/9999 unknown to this version/);
    if (tc.databaseUrl) {
      await expect(startCentralService({ databaseUrl: tc.databaseUrl })).rejects.toThrow(
        /upgrade the service/,
      );
    }
    await sql`DELETE FROM schema_migrations WHERE version = 9999`.execute(tc.central.db);
  });
});
