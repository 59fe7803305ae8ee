import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';

import { feedRowsQuery, feeds } from '../../server/sync/feed.js';
import { pageBoundaryQuery } from '../../server/sync/pull.js';
import { withSyncWriteLock } from '../../server/sync/write-lock.js';
import {
  openTestCentral,
  type SeededRegion,
  seedRegion,
  type TestCentral,
} from '../support/central-fixture.js';
import { explain, middleRev, pageEnd } from './explain-support.js';

const ACCOUNTS_PER_REGION = 30_000;
const METERS_PER_ACCOUNT = 2.5;

/** The pull queries must be index range scans on (region_id, rev), however big the region. */
describe('sync pull query plans on PostgreSQL', () => {
  let tc: TestCentral;
  const regions: SeededRegion[] = [];
  beforeAll(async () => {
    tc = await openTestCentral('postgres', inject('postgresUrl'));
    for (const code of ['orenburg', 'samara'])
      regions.push(await seedRegion(tc.central, { code, accounts: 1 }));
    await withSyncWriteLock(tc.central.db, async (trx) => {
      for (const region of regions) {
        await sql`INSERT INTO accounts (region_id, number, owner_name, owner_phone, address, area, rooms, residents)
          SELECT ${region.regionId}, lpad((${region.regionId} * 10000000 + g)::text, 10, '0'), 'Житель ' || g, NULL,
                 'ул. Тестовая, д. ' || g, 40.5, 2, 1
          FROM generate_series(1, ${ACCOUNTS_PER_REGION}) AS g`.execute(trx);
        await sql`INSERT INTO meters (region_id, account_id, service_id, kind, serial, zones, digit_capacity,
                    installed_on, verified_on, next_verification_on)
          SELECT a.region_id, a.id, ${region.serviceIds[0]!}, 'individual', 'S' || a.id || '-' || k, 1, 6,
                 '2020-01-01', '2020-01-01', '2030-01-01'
          FROM accounts a CROSS JOIN generate_series(1, 3) AS k
          WHERE a.region_id = ${region.regionId} AND (k < 3 OR a.id % 2 = 0)`.execute(trx);
        await sql`INSERT INTO account_services (region_id, account_id, service_id, supplier_id)
          SELECT a.region_id, a.id, ${region.serviceIds[0]!}, ${region.supplierId}
          FROM accounts a WHERE a.region_id = ${region.regionId}
          ON CONFLICT (account_id, service_id) DO NOTHING`.execute(trx);
      }
    });
    await sql`ANALYZE`.execute(tc.central.db);
  }, 180_000);
  afterAll(() => tc.dispose());

  it('has the data the plans are judged on', async () => {
    const meters = await sql<{ n: number }>`SELECT count(*)::int AS n FROM meters`.execute(
      tc.central.db,
    );
    expect(meters.rows[0]!.n).toBeGreaterThanOrEqual(2 * ACCOUNTS_PER_REGION * METERS_PER_ACCOUNT);
  });

  it.each([
    ['accounts', 'accounts_region_rev'],
    ['meters', 'meters_region_rev'],
    ['account_services', 'account_services_region_rev'],
  ])('reads a page of %s through %s, from the start and from the middle', async (table, index) => {
    const feed = feeds.find((f) => f.table === table)!;
    for (const afterRev of [0, await middleRev(tc.central.db, table)]) {
      const upToRev = await pageEnd(tc.central.db, table, afterRev);
      const text = await explain(
        tc.central.db,
        feedRowsQuery(feed, regions[0]!.regionId, afterRev, upToRev),
      );
      expect(text, text).toContain(index);
      expect(text, text).not.toMatch(/Seq Scan/);
    }
  });

  it('finds the page boundary from the indexes of the big tables', async () => {
    for (const afterRev of [0, await middleRev(tc.central.db, 'meters')]) {
      const text = await explain(
        tc.central.db,
        pageBoundaryQuery({ regionId: regions[0]!.regionId, afterRev, limit: 2000 }),
      );
      for (const index of [
        'accounts_region_rev',
        'meters_region_rev',
        'account_services_region_rev',
      ]) {
        expect(text, text).toContain(index);
      }
      expect(text, text).not.toMatch(/Seq Scan on (accounts|meters|account_services)\b/);
    }
  });
});
