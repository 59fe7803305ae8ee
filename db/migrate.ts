import type { Database } from 'better-sqlite3';

import { type CacheMigration, cacheMigrations } from './migrations/index.js';

/** The cache was written by a newer build: this one cannot read it safely. */
export class CacheTooNewError extends Error {
  constructor(
    readonly found: number,
    readonly known: number,
  ) {
    super(`The cache has schema version ${found}; this build knows up to ${known}.`);
    this.name = 'CacheTooNewError';
  }
}

/** The cache's schema version (`PRAGMA user_version`). */
export function cacheVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Applies pending migrations in order, each in one transaction that also advances
 * `PRAGMA user_version`. Returns the versions applied. Throws CacheTooNewError when the
 * file's version is newer than the newest migration known here.
 */
export function migrateCache(
  db: Database,
  migrations: CacheMigration[] = cacheMigrations,
): number[] {
  const current = cacheVersion(db);
  const latest = migrations.reduce((max, m) => Math.max(max, m.version), 0);
  if (current > latest) throw new CacheTooNewError(current, latest);
  const applied: number[] = [];
  for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
    if (migration.version <= current) continue;
    if (!Number.isSafeInteger(migration.version) || migration.version < 1) {
      throw new Error(`Bad migration version ${migration.version}`);
    }
    db.transaction(() => {
      db.exec(migration.sql);
      // PRAGMA takes no bound parameters; the version is a checked integer from code.
      db.pragma(`user_version = ${migration.version}`);
    }).immediate();
    applied.push(migration.version);
  }
  return applied;
}
