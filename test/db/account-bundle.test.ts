import { join } from 'node:path';

import type { Database } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { findAccountIdByNumber, readAccountBundle } from '../../db/account-bundle.js';
import { applySyncPage } from '../../db/apply-sync-page.js';
import { openCache } from '../../db/open-cache.js';
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

describe('readAccountBundle', () => {
  let db: Database;
  let cleanup: () => void;
  beforeEach(() => {
    const temp = tempDir();
    cleanup = temp.cleanup;
    db = openCache(join(temp.dir, 'cache.sqlite3')).db;
    applySyncPage(
      db,
      [
        upsert('region', region),
        upsert('supplier', supplier(1)),
        upsert('supplier', supplier(2)),
        upsert('supplier', supplier(3)),
        upsert('service', service(10, 'Холодное водоснабжение')),
        upsert('service', service(11, 'Электроснабжение')),
        upsert('service', service(12, 'Газ')),
        upsert('tariff', tariff(100, 10, 1, '2025-07-01', '41.2300')),
        upsert('tariff', tariff(101, 10, 1, '2026-07-01', '43.0000')),
        upsert('tariff', tariff(102, 10, 2, '2025-07-01', '99.0000')), // other supplier: not ours
        upsert('tariff', tariff(103, 11, 2, '2025-07-01', '5.9000', 'T1')),
        upsert('tariff', tariff(104, 12, 3, '2025-07-01', '7.0000')), // service of another account
        upsert('account', account(1)),
        upsert('account', account(2)),
        upsert('accountService', accountService(20, 1, 10, 1)),
        upsert('accountService', accountService(21, 1, 11, 2)),
        upsert('accountService', accountService(22, 2, 12, 3)),
        upsert('meter', meter(30, 1, 10)),
        upsert('meter', meter(31, 1, 11)),
        upsert('meter', meter(32, 2, 12)),
      ],
      'c',
      new Date('2026-01-01T00:00:00Z'),
    );
  });
  afterEach(() => {
    db.close();
    cleanup();
  });

  it("gathers the account's services, suppliers, tariffs, meters and region, and nothing else", () => {
    const bundle = readAccountBundle(db, 1);
    expect(bundle).toEqual({
      region,
      account: account(1),
      accountServices: [accountService(20, 1, 10, 1), accountService(21, 1, 11, 2)],
      services: [service(10, 'Холодное водоснабжение'), service(11, 'Электроснабжение')],
      suppliers: [supplier(1), supplier(2)],
      tariffs: [
        tariff(100, 10, 1, '2025-07-01', '41.2300'),
        tariff(101, 10, 1, '2026-07-01', '43.0000'),
        tariff(103, 11, 2, '2025-07-01', '5.9000', 'T1'),
      ],
      meters: [meter(30, 1, 10), meter(31, 1, 11)],
    });
  });

  it('is null for an account the cache does not hold', () => {
    expect(readAccountBundle(db, 999)).toBeNull();
  });

  it('finds an account by its number', () => {
    expect(findAccountIdByNumber(db, account(2).number)).toBe(2);
    expect(findAccountIdByNumber(db, '0000000000')).toBeNull();
  });
});
