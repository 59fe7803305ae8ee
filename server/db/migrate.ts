import { type Kysely, sql } from 'kysely';

import { centralMigrations } from './migrations/index.js';
import type { Database } from './schema.js';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/**
 * Applies pending migrations, each in its own transaction, and records them.
 * Refuses a database that has migrations this build does not know (written by a newer version).
 */
export async function migrateCentral(
  db: Kysely<Database>,
  migrations: Migration[] = centralMigrations,
): Promise<number[]> {
  await sql`CREATE TABLE IF NOT EXISTS schema_migrations (
    version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`.execute(
    db,
  );
  const applied = await sql<{
    version: number;
  }>`SELECT version FROM schema_migrations ORDER BY version`.execute(db);
  const known = new Set(migrations.map((m) => m.version));
  const unknown = applied.rows.filter((row) => !known.has(row.version));
  if (unknown.length > 0) {
    throw new Error(
      `The central database has migrations ${unknown.map((r) => r.version).join(', ')} unknown to this version; upgrade the service.`,
    );
  }
  const done = new Set(applied.rows.map((row) => row.version));
  const newlyApplied: number[] = [];
  for (const migration of migrations) {
    if (done.has(migration.version)) continue;
    await db.transaction().execute(async (trx) => {
      await sql.raw(migration.sql).execute(trx);
      await sql`INSERT INTO schema_migrations (version, name) VALUES (${migration.version}, ${migration.name})`.execute(
        trx,
      );
    });
    newlyApplied.push(migration.version);
  }
  return newlyApplied;
}
