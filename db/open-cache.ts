import { existsSync, renameSync } from 'node:fs';

import DatabaseConstructor, { type Database } from 'better-sqlite3';

import { CacheTooNewError, migrateCache } from './migrate.js';

export interface OpenCacheOptions {
  /** Clock for the name of a moved-aside file. */
  now?: () => Date;
  /**
   * What to do with a cache written by a newer build: 'throw' (default) raises
   * CacheTooNewError; 'rebuild' moves it aside like a corrupt one (the cache is only a cache).
   */
  onTooNew?: 'throw' | 'rebuild';
}

export interface OpenedCache {
  db: Database;
  /** True when the file was unusable, moved aside and replaced by an empty cache. */
  rebuilt: boolean;
  /** Where the unusable file went, when it was moved aside. */
  movedTo: string | null;
}

/** The file failed SQLite's own integrity check. */
export class CacheCorruptError extends Error {
  constructor(detail: string) {
    super(`The cache failed its integrity check: ${detail}`);
    this.name = 'CacheCorruptError';
  }
}

/**
 * Opens (creating if needed) and migrates the device cache. A corrupt or unreadable file is
 * moved aside with its -wal/-shm and a fresh cache is created; sync then refills it.
 */
export function openCache(path: string, options: OpenCacheOptions = {}): OpenedCache {
  const now = options.now ?? (() => new Date());
  try {
    return { db: openAndMigrate(path), rebuilt: false, movedTo: null };
  } catch (error) {
    const tooNew = error instanceof CacheTooNewError && options.onTooNew === 'rebuild';
    if (!tooNew && !isCorruption(error)) throw error;
    const movedTo = moveCacheAside(path, now());
    return { db: openAndMigrate(path), rebuilt: true, movedTo };
  }
}

function openAndMigrate(path: string): Database {
  const db = new DatabaseConstructor(path);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    const check = db.pragma('quick_check(1)', { simple: true });
    if (check !== 'ok') throw new CacheCorruptError(String(check));
    migrateCache(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

function isCorruption(error: unknown): boolean {
  if (error instanceof CacheCorruptError) return true;
  const code = (error as { code?: unknown } | null)?.code;
  return (
    typeof code === 'string' && (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT'))
  );
}

/**
 * Renames the cache file and its -wal/-shm companions to `<path>.corrupt-<timestamp>`
 * (companions keep their suffix so SQLite would pair them again). Returns the new main path.
 */
export function moveCacheAside(path: string, at: Date): string {
  const stamp = at.toISOString().replace(/[:.]/g, '-');
  let target = `${path}.corrupt-${stamp}`;
  for (let n = 2; existsSync(target); n += 1) target = `${path}.corrupt-${stamp}-${n}`;
  for (const suffix of ['', '-wal', '-shm']) {
    if (existsSync(path + suffix)) renameSync(path + suffix, target + suffix);
  }
  return target;
}
