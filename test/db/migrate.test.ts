import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import DatabaseConstructor from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { CacheTooNewError, cacheVersion, migrateCache } from '../../db/migrate.js';
import { cacheMigrations } from '../../db/migrations/index.js';
import { moveCacheAside } from '../../db/open-cache.js';
import { tempDir } from './fixtures.js';

const at = new Date('2026-03-01T10:20:30.456Z');
const stamp = '2026-03-01T10-20-30-456Z';

describe('moveCacheAside', () => {
  it('moves the file with its -wal and -shm, keeping their suffixes', () => {
    const { dir, cleanup } = tempDir();
    const path = join(dir, 'cache.sqlite3');
    for (const suffix of ['', '-wal', '-shm']) writeFileSync(path + suffix, `content${suffix}`);
    const target = moveCacheAside(path, at);
    expect(target).toBe(`${path}.corrupt-${stamp}`);
    expect(readdirSync(dir).sort()).toEqual([
      `cache.sqlite3.corrupt-${stamp}`,
      `cache.sqlite3.corrupt-${stamp}-shm`,
      `cache.sqlite3.corrupt-${stamp}-wal`,
    ]);
    expect(readFileSync(`${target}-wal`, 'utf8')).toBe('content-wal');
    cleanup();
  });
});

describe('migrateCache', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = tempDir()));
  afterEach(() => cleanup());

  it('applies each migration once, in its own transaction, advancing user_version', () => {
    const db = new DatabaseConstructor(join(dir, 'm.sqlite3'));
    const latest = cacheMigrations.at(-1)!.version;
    const migrations = [
      ...cacheMigrations,
      {
        version: latest + 1,
        name: 'extra',
        sql: 'CREATE TABLE extra (id INTEGER PRIMARY KEY) STRICT;',
      },
    ];
    expect(migrateCache(db, migrations)).toEqual([
      ...cacheMigrations.map((m) => m.version),
      latest + 1,
    ]);
    expect(cacheVersion(db)).toBe(latest + 1);
    expect(migrateCache(db, migrations)).toEqual([]);
    db.close();
  });

  it('rolls a failing migration back entirely and leaves user_version where it was', () => {
    const db = new DatabaseConstructor(join(dir, 'm.sqlite3'));
    migrateCache(db);
    const latest = cacheVersion(db);
    const broken = [
      ...cacheMigrations,
      {
        version: latest + 1,
        name: 'broken',
        sql: 'CREATE TABLE half (id INTEGER) STRICT; SELECT * FROM nowhere;',
      },
    ];
    expect(() => migrateCache(db, broken)).toThrow(/nowhere/);
    expect(cacheVersion(db)).toBe(latest);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'half'").get()).toEqual(
      { n: 0 },
    );
    db.close();
  });

  it('reports the versions of a too-new cache', () => {
    const db = new DatabaseConstructor(join(dir, 'm.sqlite3'));
    db.pragma('user_version = 7');
    try {
      migrateCache(db);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CacheTooNewError);
      expect((error as CacheTooNewError).found).toBe(7);
      expect((error as CacheTooNewError).known).toBe(cacheMigrations.at(-1)!.version);
    }
    db.close();
  });
});
