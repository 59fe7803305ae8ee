/**
 * Benchmark (not part of the suite): closing one region's period on PostgreSQL.
 *   npx tsx test/bench/close-period.ts [--accounts 20000] [--months 13]
 * Uses TEST_DATABASE_URL (a server URL) when set, otherwise starts a throwaway cluster; seeds
 * `accounts` demo accounts into «г. Оренбург» with `months` of history, gives about 80% of the
 * individual meters a plausible reading for the next period, closes it and prints the seconds it took.
 */
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';

import { sql } from 'kysely';
import pg from 'pg';

import { closePeriod } from '../../server/billing/close-period.js';
import { openCentralDb } from '../../server/db/connect.js';
import { migrateCentral } from '../../server/db/migrate.js';
import { seedDemoData } from '../../server/demo/seed.js';
import { withSyncWriteLock } from '../../server/sync/write-lock.js';
import { startPostgresCluster } from '../support/postgres-cluster.js';

const { values } = parseArgs({
  options: {
    accounts: { type: 'string', default: '20000' },
    months: { type: 'string', default: '13' },
  },
});
const cluster = process.env.TEST_DATABASE_URL ? null : await startPostgresCluster();
const serverUrl = process.env.TEST_DATABASE_URL ?? cluster!.url;
const name = `kabinet_bench_${randomBytes(4).toString('hex')}`;
const admin = new pg.Client({ connectionString: serverUrl });
await admin.connect();
await admin.query(`CREATE DATABASE ${name}`);
const url = new URL(serverUrl);
url.pathname = `/${name}`;
const central = await openCentralDb({ databaseUrl: url.toString() });
try {
  await migrateCentral(central.db);
  const seeded = await seedDemoData(central, {
    accounts: Number(values.accounts),
    months: Number(values.months),
    today: '2026-11-24',
    regions: ['orenburg'],
  });
  console.log(
    `seeded ${seeded.accounts} accounts, ${seeded.charges} charges in ${seeded.seconds} s`,
  );
  await withSyncWriteLock(central.db, (trx) =>
    sql`INSERT INTO readings (id, meter_id, period, zone, value, source, entered_at)
      SELECT gen_random_uuid(), meter_id, '2026-11', zone, value + used, 'cabinet', '2026-11-20T12:00:00+05:00'
        FROM (SELECT DISTINCT ON (r.meter_id, r.zone) r.meter_id, r.zone, r.value,
                     CASE WHEN m.fraction_digits = 3 THEN 4 ELSE 150 END AS used
                FROM readings r JOIN meters m ON m.id = r.meter_id
               WHERE m.kind = 'individual' AND m.id % 5 <> 0
               ORDER BY r.meter_id, r.zone, r.period DESC, r.entered_at DESC) AS latest`.execute(
      trx,
    ),
  );
  await sql`ANALYZE`.execute(central.db);
  const started = performance.now();
  const summary = await closePeriod(central, {
    regionCode: 'orenburg',
    period: '2026-11',
    now: new Date('2026-12-02T00:00:00Z'),
  });
  const seconds = (performance.now() - started) / 1000;
  console.log(JSON.stringify(summary));
  console.log(
    `closed ${summary.accounts} accounts (${summary.charges.total} charges) in ${seconds.toFixed(2)} s`,
  );
} finally {
  await central.close();
  await admin.query(`DROP DATABASE ${name}`);
  await admin.end();
  cluster?.stop();
}
