/**
 * Issue 2's benchmark: a device syncs N accounts (default 1,000,000) with their meters from the
 * central service on PostgreSQL into an empty cache. Prints rows/s, the ratio against a bare
 * better-sqlite3 insert of the same rows in the same run (goal ≥ 0.3) and the syncing
 * process's peak RSS (goal < 400 MB).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { openCentralDb } from '../../server/db/connect.js';
import { migrateCentral } from '../../server/db/migrate.js';
import { seedDemoData } from '../../server/demo/seed.js';
import { startCentralService } from '../../server/start.js';
import { enrolResponseSchema } from '../../shared/sync/http.js';
import { bareInsert } from './bare-insert.js';
import { freshPostgresDatabase } from './postgres.js';

const REGION = 'orenburg';

function runChild(args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        // BENCH_PROF=1 writes a CPU profile of the syncing process to /tmp/kabinet-prof.
        ...(process.env.BENCH_PROF ? ['--cpu-prof', '--cpu-prof-dir=/tmp/kabinet-prof'] : []),
        '--import',
        'tsx',
        ...args,
      ],
      {
        env,
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('exit', (code) =>
      code === 0 ? resolve(out) : reject(new Error(`sync child exited ${code}`)),
    );
  });
}

export async function benchSync(accounts: number, pageLimit: number): Promise<void> {
  const pg = await freshPostgresDatabase();
  const work = mkdtempSync(join(tmpdir(), 'kabinet-bench-'));
  try {
    const central = await openCentralDb({ databaseUrl: pg.url });
    await migrateCentral(central.db);
    const seeded = await seedDemoData(central, { accounts, months: 0, regions: [REGION] });
    await central.close();
    console.log(
      `seeded ${seeded.accounts} accounts and ${seeded.meters} meters in ${seeded.seconds.toFixed(1)} s`,
    );

    const running = await startCentralService({ databaseUrl: pg.url, logLevel: false });
    try {
      const { code } = await running.issueEnrolmentCode('counter', REGION);
      const response = await fetch(`${running.url}/api/v1/devices/enrol`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ code, deviceName: 'bench' }),
      });
      const { deviceToken } = enrolResponseSchema.parse(await response.json());
      const cache = join(work, 'synced.sqlite3');
      const out = await runChild(
        ['test/bench/sync-child.ts', cache, running.url, String(pageLimit)],
        {
          ...process.env,
          KABINET_DEVICE_TOKEN: deviceToken,
        },
      );
      const sync = JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as {
        rows: number;
        seconds: number;
        maxRssMb: number;
      };
      const bare = bareInsert(cache, join(work, 'bare.sqlite3'));
      const syncRate = sync.rows / sync.seconds;
      const bareRate = bare.rows / bare.seconds;
      console.log(
        `sync: ${sync.rows} rows in ${sync.seconds.toFixed(1)} s = ${Math.round(syncRate)} rows/s (pages of ${pageLimit})`,
      );
      console.log(
        `bare better-sqlite3 insert: ${bare.rows} rows in ${bare.seconds.toFixed(1)} s = ${Math.round(bareRate)} rows/s`,
      );
      console.log(`ratio sync/bare: ${(syncRate / bareRate).toFixed(2)} (goal ≥ 0.3)`);
      console.log(
        `peak RSS of the syncing process: ${Math.round(sync.maxRssMb)} MB (goal < 400 MB)`,
      );
    } finally {
      await running.close();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
    await pg.drop();
  }
}
