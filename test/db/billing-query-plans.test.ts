import { join } from 'node:path';

import type { Database } from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { accountBillingQueries } from '../../db/account-billing.js';
import { openCache } from '../../db/open-cache.js';
import { tempDir } from './fixtures.js';

/** Every lookup of readAccountBilling is answered by an index, never by scanning a table. */
describe('EXPLAIN QUERY PLAN of the account billing lookups', () => {
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

  const plan = (sql: string) =>
    (
      db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all({ accountId: 1, from: '2025-01', limit: 13 }) as {
        detail: string;
      }[]
    ).map((r) => r.detail);

  const cases: [keyof typeof accountBillingQueries, RegExp[]][] = [
    [
      'billedPeriods',
      [/SEARCH charges USING COVERING INDEX charges_account_period \(account_id=\?\)/],
    ],
    [
      'charges',
      [/SEARCH charges USING INDEX charges_account_period \(account_id=\? AND period>\?\)/],
    ],
    [
      'chargeLines',
      [
        /SEARCH c USING COVERING INDEX charges_account_period \(account_id=\? AND period>\?\)/,
        /SEARCH l USING INDEX charge_lines_charge \(charge_id=\?\)/,
      ],
    ],
    [
      'readings',
      [
        /SEARCH m USING COVERING INDEX meters_account \(account_id=\?\)/,
        /SEARCH r USING INDEX readings_meter_period \(meter_id=\?\)/,
        /SEARCH x USING COVERING INDEX readings_meter_period \(meter_id=\?\)/,
        /SEARCH b USING INDEX readings_meter_period \(meter_id=\? AND zone=\? AND period<\?\)/,
        /SEARCH r USING INDEX sqlite_autoindex_readings_1 \(id=\?\)/,
      ],
    ],
    ['payments', [/SEARCH payments USING INDEX payments_account_paid_at \(account_id=\?\)/]],
    [
      'requests',
      [/SEARCH support_requests USING INDEX support_requests_account \(account_id=\?\)/],
    ],
    [
      'replies',
      [
        /SEARCH q USING COVERING INDEX support_requests_account \(account_id=\?\)/,
        /SEARCH p USING INDEX support_replies_request \(request_id=\?\)/,
      ],
    ],
  ];

  it.each(cases)('%s uses its indexes and scans no table', (name, expected) => {
    const details = plan(accountBillingQueries[name]);
    for (const pattern of expected)
      expect(
        details.some((d) => pattern.test(d)),
        details.join('\n'),
      ).toBe(true);
    // `SCAN z` walks the subquery's own small result (an account's meter zones), not a table.
    const scans = details.filter((d) => /^SCAN (?!z$)/.test(d));
    expect(scans, details.join('\n')).toEqual([]);
  });
});
