import { join } from 'node:path';

import type { Database } from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { accountBundleQueries } from '../../db/account-bundle.js';
import { openCache } from '../../db/open-cache.js';
import { tempDir } from './fixtures.js';

/** Proves each lookup the app makes is answered by an index, never by scanning a table. */
describe('EXPLAIN QUERY PLAN of the cache lookups', () => {
  let db: Database;
  let cleanup: () => void;
  beforeAll(() => {
    const temp = tempDir();
    cleanup = temp.cleanup;
    db = openCache(join(temp.dir, 'cache.sqlite3')).db;
    db.exec('ANALYZE');
  });
  afterAll(() => {
    db.close();
    cleanup();
  });

  const plan = (sql: string, params: unknown[]) =>
    (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map(
      (r) => r.detail,
    );

  const cases: [keyof typeof accountBundleQueries, unknown[], RegExp[]][] = [
    ['account', [1], [/SEARCH accounts USING INTEGER PRIMARY KEY/]],
    [
      'accountIdByNumber',
      ['5600000001'],
      [/SEARCH accounts USING (COVERING )?INDEX accounts_number \(number=\?\)/],
    ],
    ['region', [1], [/SEARCH regions USING INTEGER PRIMARY KEY/]],
    [
      'accountServices',
      [1],
      [/SEARCH account_services USING INDEX account_services_account \(account_id=\?\)/],
    ],
    ['meters', [1], [/SEARCH meters USING INDEX meters_account \(account_id=\?\)/]],
    [
      'tariffs',
      [1],
      [
        /SEARCH a USING INDEX account_services_account \(account_id=\?\)/,
        /SEARCH t USING INDEX tariffs_service_supplier \(service_id=\? AND supplier_id=\?\)/,
      ],
    ],
    [
      'services',
      [1, 1],
      [
        /SEARCH services USING INTEGER PRIMARY KEY/,
        /SEARCH account_services USING INDEX account_services_account/,
        /SEARCH meters USING INDEX meters_account/,
      ],
    ],
    [
      'suppliers',
      [1],
      [
        /SEARCH suppliers USING INTEGER PRIMARY KEY/,
        /SEARCH account_services USING INDEX account_services_account/,
      ],
    ],
  ];

  it.each(cases)('%s uses its index', (name, params, expected) => {
    const details = plan(accountBundleQueries[name], params);
    for (const pattern of expected)
      expect(
        details.some((d) => pattern.test(d)),
        details.join('\n'),
      ).toBe(true);
    const scans = details.filter((d) =>
      /^SCAN (accounts|meters|account_services|tariffs|a|t)\b/.test(d),
    );
    expect(scans, details.join('\n')).toEqual([]);
  });
});
