import { join } from 'node:path';

import type { Database } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { applySyncPage } from '../../db/apply-sync-page.js';
import { openCache } from '../../db/open-cache.js';
import { countPulledRows, readPulledRows } from '../../db/pulled-rows.js';
import { readSyncState, recordSyncTotal, resetCache } from '../../db/sync-state.js';
import type { SyncChange } from '../../shared/sync/protocol.js';
import {
  account,
  accountService,
  meter,
  region,
  service,
  supplier,
  tariff,
  tempDir,
  upsert,
} from './fixtures.js';

const now = new Date('2026-03-01T08:00:00.000Z');

describe('applySyncPage', () => {
  let db: Database;
  let cleanup: () => void;
  beforeEach(() => {
    const temp = tempDir();
    cleanup = temp.cleanup;
    db = openCache(join(temp.dir, 'cache.sqlite3')).db;
  });
  afterEach(() => {
    db.close();
    cleanup();
  });

  it('upserts rows of every entity and records the cursor and the time', () => {
    const changes: SyncChange[] = [
      upsert('region', region),
      upsert('supplier', supplier(3)),
      upsert('service', service(4)),
      upsert('tariff', tariff(5, 4, 3, '2025-07-01', '41.2300')),
      upsert('account', account(6, { ownerName: 'Иванов И. И.', ownerPhone: '+79030000000' })),
      upsert('accountService', accountService(7, 6, 4, 3)),
      upsert('meter', meter(8, 6, 4)),
    ];
    applySyncPage(db, changes, 'c-1', now);
    expect(readPulledRows(db, 'region')).toEqual([region]);
    expect(readPulledRows(db, 'supplier')).toEqual([supplier(3)]);
    expect(readPulledRows(db, 'service')).toEqual([service(4)]);
    expect(readPulledRows(db, 'tariff')).toEqual([tariff(5, 4, 3, '2025-07-01', '41.2300')]);
    expect(readPulledRows(db, 'account')).toEqual([
      account(6, { ownerName: 'Иванов И. И.', ownerPhone: '+79030000000' }),
    ]);
    expect(readPulledRows(db, 'accountService')).toEqual([accountService(7, 6, 4, 3)]);
    expect(readPulledRows(db, 'meter')).toEqual([meter(8, 6, 4)]);
    expect(readSyncState(db)).toEqual({
      cursor: 'c-1',
      lastSyncAt: now.toISOString(),
      lastFullTotal: null,
    });
  });

  it('updates a row in place and deletes rows, in page order', () => {
    applySyncPage(db, [upsert('account', account(1)), upsert('account', account(2))], 'c-1', now);
    applySyncPage(
      db,
      [
        upsert('account', account(1, { address: 'новый адрес', area: '60.00' })),
        { op: 'delete', entity: 'account', id: 2 },
        upsert('meter', meter(9, 1, 1)),
        { op: 'delete', entity: 'meter', id: 9 },
        { op: 'delete', entity: 'tariff', id: 12345 },
      ],
      'c-2',
      now,
    );
    expect(readPulledRows(db, 'account')).toEqual([
      account(1, { address: 'новый адрес', area: '60.00' }),
    ]);
    expect(countPulledRows(db).meter).toBe(0);
    expect(readSyncState(db).cursor).toBe('c-2');
  });

  it("keeps decimals exact (tariff price and area stay the server's strings)", () => {
    applySyncPage(db, [upsert('tariff', tariff(1, 1, 1, '2026-01-01', '0.1000'))], 'c', now);
    applySyncPage(db, [upsert('account', account(1, { area: '100.10' }))], 'c2', now);
    expect(readPulledRows(db, 'tariff')[0]?.price).toBe('0.1000');
    expect(readPulledRows(db, 'account')[0]?.area).toBe('100.10');
  });

  it('rolls the whole page and its cursor back when one row fails', () => {
    applySyncPage(db, [upsert('account', account(1))], 'c-1', now);
    const bad = { ...meter(3, 1, 1), kind: 'bogus' } as unknown as ReturnType<typeof meter>;
    const page: SyncChange[] = [
      upsert('account', account(1, { address: 'изменён' })),
      upsert('account', account(2)),
      { op: 'delete', entity: 'account', id: 1 },
      upsert('meter', bad),
    ];
    expect(() => applySyncPage(db, page, 'c-2', new Date('2026-03-02T00:00:00Z'))).toThrow(/CHECK/);
    expect(readPulledRows(db, 'account')).toEqual([account(1)]);
    expect(countPulledRows(db).meter).toBe(0);
    expect(readSyncState(db)).toMatchObject({ cursor: 'c-1', lastSyncAt: now.toISOString() });
  });

  it('rolls back when a row misses a required field', () => {
    const incomplete = { ...account(5), address: undefined } as unknown as ReturnType<
      typeof account
    >;
    expect(() =>
      applySyncPage(db, [upsert('account', account(4)), upsert('account', incomplete)], 'x', now),
    ).toThrow(/NOT NULL/);
    expect(countPulledRows(db).account).toBe(0);
    expect(readSyncState(db).cursor).toBeNull();
  });

  it('accepts rows whose references arrive later (no foreign keys between pulled tables)', () => {
    applySyncPage(
      db,
      [upsert('meter', meter(1, 77, 88)), upsert('accountService', accountService(1, 77, 88, 99))],
      'c',
      now,
    );
    expect(countPulledRows(db)).toMatchObject({ meter: 1, accountService: 1, account: 0 });
  });

  it('applies a page of 20,000 changes in one go', () => {
    const changes = Array.from({ length: 20_000 }, (_, i) =>
      i % 2 === 0 ? upsert('account', account(i + 1)) : upsert('meter', meter(i + 1, i, 1)),
    );
    applySyncPage(db, changes, 'big', now);
    expect(countPulledRows(db)).toMatchObject({ account: 10_000, meter: 10_000 });
  });

  it('records the run total and resets everything on re-enrolment', () => {
    applySyncPage(db, [upsert('region', region), upsert('account', account(1))], 'c', now);
    recordSyncTotal(db, 1234);
    expect(readSyncState(db).lastFullTotal).toBe(1234);
    resetCache(db);
    expect(Object.values(countPulledRows(db)).every((n) => n === 0)).toBe(true);
    expect(readSyncState(db)).toEqual({ cursor: null, lastSyncAt: null, lastFullTotal: null });
  });
});
