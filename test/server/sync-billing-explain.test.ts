import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';

import { accountBillingQueries, billedPeriodsQuery } from '../../server/sync/account-billing.js';
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

const ACCOUNTS_PER_REGION = 6_000;
const PERIODS = 6;

/**
 * The billing feeds and an account's billing history must be index scans however big the
 * region: per region 6,000 accounts, 2 meters each, 6 periods of readings, charges and lines,
 * payments, a request per account and a reply to every other one.
 */
describe('billing query plans on PostgreSQL', () => {
  let tc: TestCentral;
  const regions: SeededRegion[] = [];
  beforeAll(async () => {
    tc = await openTestCentral('postgres', inject('postgresUrl'));
    for (const code of ['orenburg', 'samara'])
      regions.push(await seedRegion(tc.central, { code, accounts: 1 }));
    await withSyncWriteLock(tc.central.db, async (trx) => {
      for (const r of regions) {
        const [electricity, water] = r.serviceIds as [number, number];
        await sql`INSERT INTO accounts (region_id, number, owner_name, address, area, rooms, residents)
          SELECT ${r.regionId}, lpad((${r.regionId} * 10000000 + g)::text, 10, '0'), 'Житель ' || g,
                 'ул. Тестовая, д. ' || g, 40.5, 2, 1
          FROM generate_series(1, ${ACCOUNTS_PER_REGION}) AS g`.execute(trx);
        await sql`INSERT INTO account_services (region_id, account_id, service_id, supplier_id)
          SELECT a.region_id, a.id, s, ${r.supplierId} FROM accounts a
          CROSS JOIN unnest(ARRAY[${electricity}, ${water}]::int[]) AS s
          WHERE a.region_id = ${r.regionId}
          ON CONFLICT (account_id, service_id) DO NOTHING`.execute(trx);
        await sql`INSERT INTO meters (region_id, account_id, service_id, kind, serial, zones,
                    digit_capacity, installed_on, verified_on, next_verification_on)
          SELECT s.region_id, s.account_id, s.service_id, 'individual', 'S' || s.id, 1, 6,
                 '2020-01-01', '2020-01-01', '2030-01-01'
          FROM account_services s WHERE s.region_id = ${r.regionId}
            AND NOT EXISTS (SELECT 1 FROM meters m WHERE m.account_id = s.account_id
                            AND m.service_id = s.service_id)`.execute(trx);
        await sql`INSERT INTO readings (id, meter_id, period, zone, value, source, entered_at)
          SELECT gen_random_uuid(), m.id, '2025-0' || p, 'single', p * 10, 'cabinet',
                 timestamptz '2025-01-20 10:00Z' + make_interval(months => p - 1)
          FROM meters m CROSS JOIN generate_series(1, ${PERIODS}) AS p
          WHERE m.region_id = ${r.regionId}`.execute(trx);
        await sql`INSERT INTO charges (account_id, service_id, supplier_id, period, method, volume,
                    tariff, debt_start, charged, debt_end)
          SELECT s.account_id, s.service_id, s.supplier_id, '2025-0' || p, 'meter', 10, 5.97, 0,
                 5970, 5970
          FROM account_services s CROSS JOIN generate_series(1, ${PERIODS}) AS p
          WHERE s.region_id = ${r.regionId}`.execute(trx);
        await sql`INSERT INTO charge_lines (region_id, charge_id, zone, volume, price, amount)
          SELECT c.region_id, c.id, 'single', 10, 5.97, 5970 FROM charges c
          WHERE c.region_id = ${r.regionId}`.execute(trx);
        await sql`INSERT INTO payments (account_id, period, paid_at, amount, place)
          SELECT a.id, '2025-0' || p, timestamptz '2025-01-05 10:00Z' + make_interval(months => p - 1),
                 5970, 'Касса ЕРЦ'
          FROM accounts a CROSS JOIN generate_series(1, ${PERIODS}) AS p
          WHERE a.region_id = ${r.regionId}`.execute(trx);
        await sql`INSERT INTO support_requests (region_id, number, account_id, source, topic, body,
                    contact, created_at, updated_at)
          SELECT a.region_id, 'N-' || a.id, a.id, 'counter', 'Тема', 'Текст', '+79030000000',
                 timestamptz '2025-03-01 10:00Z', timestamptz '2025-03-01 10:00Z'
          FROM accounts a WHERE a.region_id = ${r.regionId}`.execute(trx);
        await sql`INSERT INTO support_request_replies (region_id, request_id, author, body, created_at)
          SELECT q.region_id, q.id, 'Оператор', 'Ответ', timestamptz '2025-03-02 10:00Z'
          FROM support_requests q WHERE q.region_id = ${r.regionId} AND q.id % 2 = 0`.execute(trx);
      }
    });
    await sql`ANALYZE`.execute(tc.central.db);
  }, 300_000);
  afterAll(() => tc.dispose());

  const billingTables = [
    'readings',
    'charges',
    'charge_lines',
    'payments',
    'support_requests',
    'support_request_replies',
  ];

  it.each(billingTables)(
    'reads a page of %s through its (region_id, rev) index, from the start and the middle',
    async (table) => {
      const feed = feeds.find((f) => f.table === table)!;
      for (const afterRev of [0, await middleRev(tc.central.db, table)]) {
        const upToRev = await pageEnd(tc.central.db, table, afterRev);
        const text = await explain(
          tc.central.db,
          feedRowsQuery(feed, regions[0]!.regionId, afterRev, upToRev),
        );
        expect(text, text).toContain(`${table}_region_rev`);
        expect(text, text).not.toMatch(/Seq Scan/);
      }
    },
  );

  it('finds the page boundary from the (region_id, rev) indexes of the billing tables', async () => {
    for (const afterRev of [0, await middleRev(tc.central.db, 'readings')]) {
      const text = await explain(
        tc.central.db,
        pageBoundaryQuery({ regionId: regions[0]!.regionId, afterRev, limit: 2000 }),
      );
      for (const table of billingTables) expect(text, text).toContain(`${table}_region_rev`);
      expect(text, text).not.toMatch(/Seq Scan on (readings|charges|charge_lines|payments)\b/);
    }
  });

  it("reads one account's billing history through account indexes only", async () => {
    const account = await tc.central.db
      .selectFrom('accounts')
      .select('id')
      .where('region_id', '=', regions[0]!.regionId)
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    const expected: Record<string, string[]> = {
      billedPeriods: ['charges_account_period'],
      charges: ['charges_account_period'],
      chargeLines: ['charges_account_period', 'charge_lines_charge_id_zone_key'],
      readings: ['meters_account'],
      payments: ['payments_account_paid_at'],
      requests: ['support_requests_account'],
      replies: ['support_requests_account', 'support_request_replies_request'],
    };
    const queries = {
      billedPeriods: billedPeriodsQuery(account.id),
      ...accountBillingQueries(tc.central.db, account.id, '2025-02'),
    };
    for (const [name, query] of Object.entries(queries)) {
      const text = await explain(tc.central.db, query);
      for (const index of expected[name]!) expect(text, `${name}\n${text}`).toContain(index);
      expect(text, `${name}\n${text}`).not.toMatch(/Seq Scan/);
      // Either readings index of a meter serves both halves (the span, the last real before it).
      if (name === 'readings')
        expect(text.match(/Index Scan using readings_meter_\w+ on readings/g), text).toHaveLength(
          2,
        );
    }
  });
});
