import {
  closeSync,
  existsSync,
  openSync,
  readdirSync,
  readFileSync,
  statSync,
  truncateSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';

import DatabaseConstructor from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { applySyncPage } from '../../db/apply-sync-page.js';
import { CacheTooNewError, cacheVersion } from '../../db/migrate.js';
import { cacheMigrations } from '../../db/migrations/index.js';
import { openCache } from '../../db/open-cache.js';
import { countPulledRows } from '../../db/pulled-rows.js';
import { readSyncState } from '../../db/sync-state.js';
import { account, tempDir, upsert } from './fixtures.js';

const at = new Date('2026-03-01T10:20:30.456Z');
const stamp = '2026-03-01T10-20-30-456Z';

describe('openCache', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = tempDir()));
  afterEach(() => cleanup());

  const fillCache = (path: string, rows: number) => {
    const { db } = openCache(path);
    const changes = Array.from({ length: rows }, (_, i) => upsert('account', account(i + 1)));
    applySyncPage(db, changes, '42', at);
    db.close();
  };

  it('creates a fresh file with every migration applied and the pragmas set', () => {
    const path = join(dir, 'cache.sqlite3');
    const { db, rebuilt, movedTo } = openCache(path);
    expect(rebuilt).toBe(false);
    expect(movedTo).toBeNull();
    expect(cacheVersion(db)).toBe(cacheMigrations.at(-1)?.version);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(1); // NORMAL
    expect(db.pragma('busy_timeout', { simple: true })).toBeGreaterThan(0);
    const strict = db
      .prepare(
        "SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND name NOT LIKE 'sqlite_%'",
      )
      .all() as { name: string; strict: number }[];
    expect(strict.map((t) => t.name).sort()).toEqual([
      'account_services',
      'accounts',
      'charge_lines',
      'charges',
      'meters',
      'payments',
      'readings',
      'regions',
      'services',
      'suppliers',
      'support_replies',
      'support_requests',
      'sync_state',
      'tariffs',
    ]);
    expect(strict.every((t) => t.strict === 1)).toBe(true);
    expect(readSyncState(db)).toEqual({ cursor: null, lastSyncAt: null, lastFullTotal: null });
    db.close();
  });

  it('reopens an existing cache without touching its data', () => {
    const path = join(dir, 'cache.sqlite3');
    fillCache(path, 10);
    const { db, rebuilt } = openCache(path);
    expect(rebuilt).toBe(false);
    expect(countPulledRows(db).account).toBe(10);
    expect(readSyncState(db).cursor).toBe('42');
    db.close();
  });

  it('moves a garbage file aside with its -wal and -shm and rebuilds', () => {
    const path = join(dir, 'cache.sqlite3');
    writeFileSync(path, Buffer.alloc(16384, 'not a database at all. '));
    writeFileSync(`${path}-wal`, 'garbage wal');
    writeFileSync(`${path}-shm`, 'garbage shm');
    const { db, rebuilt, movedTo } = openCache(path, { now: () => at });
    expect(rebuilt).toBe(true);
    expect(movedTo).toBe(`${path}.corrupt-${stamp}`);
    // SQLite may already have dropped companions it could not use; whatever remains moves along.
    const left = readdirSync(dir);
    expect(left).toContain(`cache.sqlite3.corrupt-${stamp}`);
    for (const suffix of ['-wal', '-shm']) {
      if (existsSync(path + suffix))
        expect(readFileSync(path + suffix, 'utf8')).not.toMatch(/garbage/);
    }
    expect(statSync(`${path}.corrupt-${stamp}`).size).toBe(16384);
    expect(countPulledRows(db).account).toBe(0);
    expect(cacheVersion(db)).toBe(cacheMigrations.at(-1)?.version);
    db.close();
  });

  it('detects a truncated file (torn copy) and rebuilds', () => {
    const path = join(dir, 'cache.sqlite3');
    fillCache(path, 5000);
    const size = statSync(path).size;
    expect(size).toBeGreaterThan(100_000);
    truncateSync(path, Math.floor(size / 2));
    const { db, rebuilt, movedTo } = openCache(path, { now: () => at });
    expect(rebuilt).toBe(true);
    expect(movedTo).not.toBeNull();
    expect(existsSync(movedTo!)).toBe(true);
    expect(countPulledRows(db).account).toBe(0);
    expect(readSyncState(db).cursor).toBeNull();
    db.close();
  });

  it('detects a file with a damaged page (quick_check not ok) and rebuilds', () => {
    const path = join(dir, 'cache.sqlite3');
    fillCache(path, 5000);
    const pageSize = 4096;
    const bytes = Buffer.alloc(pageSize * 3, 0x5a);
    // Overwrite pages in the middle, leaving the header intact.
    const fd = openSync(path, 'r+');
    writeSync(fd, bytes, 0, bytes.length, pageSize * 10);
    closeSync(fd);
    const { db, rebuilt } = openCache(path, { now: () => at });
    expect(rebuilt).toBe(true);
    expect(countPulledRows(db).account).toBe(0);
    db.close();
  });

  it('refuses a cache written by a newer build, or rebuilds it when asked to', () => {
    const path = join(dir, 'cache.sqlite3');
    fillCache(path, 3);
    const raw = new DatabaseConstructor(path);
    raw.pragma('user_version = 999');
    raw.close();
    expect(() => openCache(path)).toThrow(CacheTooNewError);
    expect(existsSync(path)).toBe(true);

    const { db, rebuilt, movedTo } = openCache(path, { now: () => at, onTooNew: 'rebuild' });
    expect(rebuilt).toBe(true);
    expect(movedTo).toBe(`${path}.corrupt-${stamp}`);
    expect(countPulledRows(db).account).toBe(0);
    db.close();
  });

  it('gives a second rebuild within the same instant its own name', () => {
    const path = join(dir, 'cache.sqlite3');
    writeFileSync(path, Buffer.alloc(8192, 1));
    openCache(path, { now: () => at }).db.close();
    writeFileSync(path, Buffer.alloc(8192, 2));
    const second = openCache(path, { now: () => at });
    expect(second.movedTo).toBe(`${path}.corrupt-${stamp}-2`);
    second.db.close();
  });
});
