/**
 * The push benchmark: a counter device queues N readings (default 10,000; valid, increasing) in
 * its outbox and the real push engine sends them to the central service on PostgreSQL (demo
 * data, 2,000 accounts). Prints readings/s and the ratio against a bare insert of the same
 * reading rows into a copy of the readings table from one pg client with multi-row INSERTs, in
 * the same run (goal ≥ 0.25).
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import pg from 'pg';

import { enqueue, openOutbox, OUTBOX_FILE } from '../../db/outbox/index.js';
import { createPushClient } from '../../electron/services/push-client.js';
import { createPushEngine } from '../../electron/services/push-engine.js';
import { openCentralDb } from '../../server/db/connect.js';
import { migrateCentral } from '../../server/db/migrate.js';
import { seedDemoData } from '../../server/demo/seed.js';
import { startCentralService } from '../../server/start.js';
import { enrolResponseSchema } from '../../shared/sync/http.js';
import type { ReadingSubmitPayload } from '../../shared/sync/push.js';
import { freshPostgresDatabase } from './postgres.js';

const REGION = 'orenburg';
const ZONES = { 1: ['single'], 2: ['T1', 'T2'], 3: ['T1', 'T2', 'T3'] } as const;

export async function benchPush(
  readings: number,
  accounts: number,
  batchSize: number,
): Promise<void> {
  const database = await freshPostgresDatabase();
  const work = mkdtempSync(join(tmpdir(), 'kabinet-bench-push-'));
  try {
    const central = await openCentralDb({ databaseUrl: database.url });
    await migrateCentral(central.db);
    await seedDemoData(central, { accounts, months: 0, regions: [REGION] });
    const meters = await central.db
      .selectFrom('meters')
      .select(['id', 'zones'])
      .orderBy('id')
      .execute();
    await central.close();

    const running = await startCentralService({ databaseUrl: database.url, logLevel: false });
    try {
      const { code } = await running.issueEnrolmentCode('counter', REGION);
      const enrolled = await fetch(`${running.url}/api/v1/devices/enrol`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ code, deviceName: 'bench' }),
      });
      const { deviceToken } = enrolResponseSchema.parse(await enrolled.json());
      const outbox = openOutbox(join(work, OUTBOX_FILE));
      const enqueueStarted = performance.now();
      for (let i = 0; i < readings; i += 1) {
        const meter = meters[i % meters.length]!;
        const round = Math.floor(i / meters.length) + 1;
        const payload: ReadingSubmitPayload = {
          meterId: meter.id,
          userId: null,
          source: 'counter',
          enteredAt: new Date().toISOString(),
          values: ZONES[meter.zones as 1 | 2 | 3].map((zone) => ({
            zone,
            value: String(round * 3),
          })),
          confirmed: { rollover: false, jump: false },
        };
        enqueue(outbox, { id: randomUUID(), kind: 'reading.submit', payload }, new Date());
      }
      const enqueueSeconds = (performance.now() - enqueueStarted) / 1000;
      const engine = createPushEngine({
        db: outbox,
        client: createPushClient({ baseUrl: running.url, fetch, deviceToken }),
        clock: () => new Date(),
        batchSize,
      });
      const pushStarted = performance.now();
      const status = await engine.kick();
      const pushSeconds = (performance.now() - pushStarted) / 1000;
      await engine.stop();
      outbox.close();
      if (status.counts.queued > 0 || status.counts.rejected > 0) {
        throw new Error(`push did not apply everything: ${JSON.stringify(status)}`);
      }
      const bare = await bareReadingsInsert(database.url);
      const pushRate = readings / pushSeconds;
      const rowRate = bare.rows / pushSeconds;
      const bareRate = bare.rows / bare.seconds;
      console.log(`enqueue: ${readings} readings in ${enqueueSeconds.toFixed(2)} s`);
      console.log(
        `push: ${readings} readings (${bare.rows} rows) in ${pushSeconds.toFixed(2)} s = ${Math.round(pushRate)} readings/s, ${Math.round(rowRate)} rows/s (batches of ${batchSize})`,
      );
      console.log(
        `bare multi-row INSERT: ${bare.rows} rows in ${bare.seconds.toFixed(2)} s = ${Math.round(bareRate)} rows/s`,
      );
      console.log(`ratio push/bare: ${(rowRate / bareRate).toFixed(2)} (goal ≥ 0.25)`);
    } finally {
      await running.close();
    }
  } finally {
    await database.drop();
    rmSync(work, { recursive: true, force: true });
  }
}

/** The pushed reading rows inserted again into an empty copy of the table, 1,000 rows a statement. */
async function bareReadingsInsert(url: string): Promise<{ rows: number; seconds: number }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('CREATE TABLE readings_bare (LIKE readings INCLUDING ALL)');
    const { rows } = await client.query<Record<string, unknown>>(
      'SELECT id, region_id, meter_id, period, zone, value, source, entered_at, status, submission_id, user_id, device_id FROM readings',
    );
    const columns = [
      'id',
      'region_id',
      'meter_id',
      'period',
      'zone',
      'value',
      'source',
      'entered_at',
      'status',
      'submission_id',
      'user_id',
      'device_id',
    ];
    const started = performance.now();
    for (let at = 0; at < rows.length; at += 1000) {
      const chunk = rows.slice(at, at + 1000);
      const values = chunk.flatMap((row) => columns.map((c) => row[c]));
      const placeholders = chunk
        .map((_, r) => `(${columns.map((__, c) => `$${r * columns.length + c + 1}`).join(', ')})`)
        .join(', ');
      await client.query(
        `INSERT INTO readings_bare (${columns.join(', ')}) VALUES ${placeholders}`,
        values,
      );
    }
    return { rows: rows.length, seconds: (performance.now() - started) / 1000 };
  } finally {
    await client.end();
  }
}
