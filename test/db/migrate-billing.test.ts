import { join } from 'node:path';

import DatabaseConstructor from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { applySyncPage } from '../../db/apply-sync-page.js';
import { CacheTooNewError, cacheVersion, migrateCache } from '../../db/migrate.js';
import { cacheMigrations } from '../../db/migrations/index.js';
import { openCache } from '../../db/open-cache.js';
import { countPulledRows, readPulledRows } from '../../db/pulled-rows.js';
import { readSyncState } from '../../db/sync-state.js';
import { supplier, tempDir, upsert } from './fixtures.js';

const firstRelease = cacheMigrations.filter((m) => m.version === 1);

/** A cache as the first release left it: version 1, a synced page and a cursor. */
function writeVersionOneCache(path: string): void {
  const db = new DatabaseConstructor(path);
  migrateCache(db, firstRelease);
  db.exec(`
    INSERT INTO regions VALUES (1, 'orenburg', 'Оренбургская область', 'Asia/Yekaterinburg');
    INSERT INTO suppliers VALUES (3, 1, 'Поставщик 3', '5610000000', '561001001', 'ПАО Банк',
      '045354601', '40702810000000000001', '30101810000000000601', 'г. Оренбург', '+73532000000',
      'example.ru');
    INSERT INTO accounts VALUES (6, 1, '5600000006', 'ул. Ленина, д. 6', '54.30', 2, 3, NULL, NULL);
    INSERT INTO meters VALUES (8, 1, 6, 4, 'individual', 'SN-8', 1, 5, 3, '2020-01-15',
      '2020-01-15', '2031-01-01');
    UPDATE sync_state SET cursor = 'eyJ2IjoxLCJyZXYiOjQyfQ', last_sync_at = '2026-01-10T08:00:00.000Z',
      last_full_total = 4 WHERE id = 1;`);
  db.close();
}

describe('cache migration 0002 (billing)', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = tempDir()));
  afterEach(() => cleanup());

  it('brings a fresh cache to version 2 with the billing tables empty', () => {
    const { db } = openCache(join(dir, 'fresh.sqlite3'));
    expect(cacheVersion(db)).toBe(2);
    const counts = countPulledRows(db);
    for (const entity of [
      'reading',
      'charge',
      'chargeLine',
      'payment',
      'supportRequest',
      'supportReply',
    ] as const)
      expect(counts[entity], entity).toBe(0);
    db.close();
  });

  it('upgrades a version-1 cache in place: rows kept, suppliers get default windows, cursor reset', () => {
    const path = join(dir, 'v1.sqlite3');
    writeVersionOneCache(path);
    const { db, rebuilt } = openCache(path);
    expect(rebuilt).toBe(false);
    expect(cacheVersion(db)).toBe(2);
    expect(countPulledRows(db)).toMatchObject({ region: 1, supplier: 1, account: 1, meter: 1 });
    expect(readPulledRows(db, 'supplier')[0]).toMatchObject({
      id: 3,
      readingWindowFrom: 15,
      readingWindowTo: 25,
    });
    // The next sync starts from the beginning, so suppliers' windows and billing rows arrive.
    expect(readSyncState(db)).toEqual({
      cursor: null,
      lastSyncAt: '2026-01-10T08:00:00.000Z',
      lastFullTotal: null,
    });
    applySyncPage(
      db,
      [upsert('supplier', { ...supplier(3), readingWindowFrom: 20, readingWindowTo: 26 })],
      'c-after',
      new Date('2026-03-01T08:00:00.000Z'),
    );
    expect(readPulledRows(db, 'supplier')).toEqual([
      { ...supplier(3), readingWindowFrom: 20, readingWindowTo: 26 },
    ]);
    db.close();
    // Opening again changes nothing: the migration ran once.
    const again = openCache(path);
    expect(readSyncState(again.db).cursor).toBe('c-after');
    again.db.close();
  });

  it('is refused by a build that knows only version 1, and rebuilt by the app', () => {
    const path = join(dir, 'v2.sqlite3');
    openCache(path).db.close();
    const db = new DatabaseConstructor(path);
    expect(() => migrateCache(db, firstRelease)).toThrow(CacheTooNewError);
    expect(cacheVersion(db)).toBe(2);
    db.pragma('user_version = 3');
    db.close();
    expect(() => openCache(path)).toThrow(CacheTooNewError);
    const rebuilt = openCache(path, { onTooNew: 'rebuild' });
    expect(rebuilt.rebuilt).toBe(true);
    expect(cacheVersion(rebuilt.db)).toBe(2);
    rebuilt.db.close();
  });
});
