import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import pg from 'pg';
import { chargeAccount } from '../../../server/billing/account-charges.js';
import { loadChunk } from '../../../server/billing/load-chunk.js';
import { loadPriceBook } from '../../../server/billing/prices.js';
import { writeChunk } from '../../../server/billing/write-chunk.js';
import { closePeriod } from '../../../server/billing/close-period.js';
import { openCentralDb } from '../../../server/db/connect.js';
import { migrateCentral } from '../../../server/db/migrate.js';
import { seedDemoData } from '../../../server/demo/seed.js';
import { withSyncWriteLock } from '../../../server/sync/write-lock.js';

const port = process.env.PGPORT!;
const admin = new pg.Client({ connectionString: `postgres://postgres@127.0.0.1:${port}/postgres` });
await admin.connect();
const exists = await admin.query(`SELECT 1 FROM pg_database WHERE datname = 'bench'`);
if (exists.rowCount === 0) await admin.query('CREATE DATABASE bench');
await admin.end();
const central = await openCentralDb({ databaseUrl: `postgres://postgres@127.0.0.1:${port}/bench` });
await migrateCentral(central.db);
const n = await sql<{ n: number }>`SELECT count(*)::int AS n FROM accounts`.execute(central.db);
if (n.rows[0]!.n === 0) {
  await seedDemoData(central, {
    accounts: Number(process.env.ACCOUNTS ?? 20000),
    months: 13,
    today: '2026-11-24',
    regions: ['orenburg'],
  });
  await withSyncWriteLock(central.db, (trx) =>
    sql`INSERT INTO readings (id, meter_id, period, zone, value, source, entered_at)
      SELECT gen_random_uuid(), meter_id, '2026-11', zone, value + 3, 'cabinet', '2026-11-20T12:00:00+05:00'
        FROM (SELECT DISTINCT ON (r.meter_id, r.zone) r.meter_id, r.zone, r.value
                FROM readings r JOIN meters m ON m.id = r.meter_id
               WHERE m.kind = 'individual' AND m.id % 5 <> 0
               ORDER BY r.meter_id, r.zone, r.period DESC, r.entered_at DESC) AS latest`.execute(
      trx,
    ),
  );
  await sql`ANALYZE`.execute(central.db);
}
// reset
await sql`DELETE FROM charges WHERE period = '2026-11'`.execute(central.db);
await sql`DELETE FROM readings WHERE period = '2026-11' AND source IN ('average','normative')`.execute(
  central.db,
);
await sql`DELETE FROM billing_periods WHERE period = '2026-11'`.execute(central.db);

import { readFileSync } from 'node:fs';
const backendCpu = async (db: any) => {
  const pid = (await sql<{ pid: number }>`SELECT pg_backend_pid() AS pid`.execute(db)).rows[0]!.pid;
  return () => {
    const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(f[11]) + Number(f[12])) / 100;
  };
};
if (process.env.FULL) {
  const t = performance.now();
  const s = await closePeriod(central, {
    regionCode: 'orenburg',
    period: '2026-11',
    now: new Date('2026-12-02T00:00:00Z'),
  });
  console.log('full close', ((performance.now() - t) / 1000).toFixed(2), s.charges.total);
} else {
  const times: Record<string, number> = {};
  let cpuFn: () => number = () => 0;
  const time = async <T,>(k: string, f: () => Promise<T> | T) => {
    const t = performance.now();
    const c0 = cpuFn();
    const n0 = process.cpuUsage();
    const r = await f();
    const n1 = process.cpuUsage(n0);
    times[k] = (times[k] ?? 0) + performance.now() - t;
    times[k + ':pg'] = (times[k + ':pg'] ?? 0) + (cpuFn() - c0) * 1000;
    times[k + ':node'] = (times[k + ':node'] ?? 0) + (n1.user + n1.system) / 1000;
    return r;
  };
  await central.db
    .transaction()
    .execute(async (trx) => {
      const cpu = await backendCpu(trx);
      cpuFn = cpu;
      const pg0 = cpu();
      const node0 = process.cpuUsage();
      const book = await loadPriceBook(trx, 4, '2026-11');
      const accounts = await trx
        .selectFrom('accounts')
        .select('id')
        .where('region_id', '=', 4)
        .orderBy('id')
        .execute();
      for (let start = 0; start < accounts.length; start += 2000) {
        const ids = accounts.slice(start, start + 2000).map((a) => a.id);
        const chunk = await time('load', () => loadChunk(trx, ids, '2026-11'));
        const drafts = await time('compute', () => {
          const out = [];
          let from = 0;
          while (from < chunk.services.length) {
            const a = chunk.services[from]!.accountId;
            let to = from;
            while (to < chunk.services.length && chunk.services[to]!.accountId === a) to++;
            out.push(
              ...chargeAccount(chunk.services.slice(from, to), chunk, book, '2026-11').map((d) => ({
                ...d,
                debtStart: 0,
                paid: 0,
                debtEnd: d.charged + d.recalculation,
              })),
            );
            from = to;
          }
          return out;
        });
        await time('write', () => writeChunk(trx, 4, '2026-11', new Date(), drafts));
      }
      const nodeCpu = process.cpuUsage(node0);
      console.log(
        'cpu seconds: node',
        ((nodeCpu.user + nodeCpu.system) / 1e6).toFixed(2),
        'postgres backend',
        (cpu() - pg0).toFixed(2),
      );
      throw new Error('rollback');
    })
    .catch((e) => {
      if (e.message !== 'rollback') throw e;
    });
  console.log(
    Object.fromEntries(Object.entries(times).map(([k, v]) => [k, (v / 1000).toFixed(2)])),
  );
}
await central.close();
