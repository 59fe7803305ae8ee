/**
 * Benchmark: the demo generator's bulk load into PostgreSQL.
 *   npx tsx test/bench/seed-1m.ts [--accounts 1000000] [--months 0]
 * Uses TEST_DATABASE_URL (a server URL) when set, otherwise starts a throwaway cluster; seeds a
 * fresh database, then prints the seconds taken and the process's peak RSS.
 */
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';

import pg from 'pg';

import { openCentralDb } from '../../server/db/connect.js';
import { migrateCentral } from '../../server/db/migrate.js';
import { seedDemoData } from '../../server/demo/seed.js';
import { startPostgresCluster } from '../support/postgres-cluster.js';

const { values } = parseArgs({
  options: {
    accounts: { type: 'string', default: '1000000' },
    months: { type: 'string', default: '0' },
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
  let lastPrinted = 0;
  const summary = await seedDemoData(
    central,
    { accounts: Number(values.accounts), months: Number(values.months), today: '2026-11-24' },
    {
      onProgress: ({ accountsDone, accountsTotal }) => {
        if (accountsDone - lastPrinted >= 100_000 || accountsDone === accountsTotal) {
          lastPrinted = accountsDone;
          console.log(`  ${accountsDone} / ${accountsTotal}`);
        }
      },
    },
  );
  const { users: _users, ...counts } = summary;
  console.log(JSON.stringify(counts));
  console.log(`seconds: ${summary.seconds}`);
  console.log(`peak RSS: ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
} finally {
  await central.close();
  await admin.query(`DROP DATABASE ${name}`);
  await admin.end();
  cluster?.stop();
}
