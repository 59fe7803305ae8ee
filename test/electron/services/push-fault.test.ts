import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';

import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';

import { enqueue, listOutbox, openOutbox } from '../../../db/outbox/index.js';
import { type RunningCentral, startCentralService } from '../../../server/start.js';
import { seedRegion, type SeededRegion } from '../../support/central-fixture.js';
import { createPushEngine } from '../../../electron/services/push-engine.js';
import { type FaultyProxy, startFaultyProxy } from './support/faulty-proxy.js';
import { createPostgresDatabase, deviceFolder, enrolOverHttp } from './support/harness.js';
import { seededRandom } from './support/prng.js';

const repoRoot = resolve(import.meta.dirname, '../../..');
const tsx = join(repoRoot, 'node_modules/.bin/tsx');
const READINGS = 300;
const KILLS = 50;
const BATCH = 3;
const UNKNOWN_METER = 2_000_000_000;

interface Outcome {
  code: number | null;
  batches: number;
  finished: boolean;
}

/** The push worker in its own process group (SIGKILL reaches tsx's node child too). */
function startWorker(outboxPath: string, centralUrl: string, token: string) {
  const child: ChildProcess = spawn(
    tsx,
    [
      'electron/services/push-worker-cli.ts',
      '--outbox',
      outboxPath,
      '--central',
      centralUrl,
      '--batch',
      String(BATCH),
    ],
    {
      cwd: repoRoot,
      env: { ...process.env, KABINET_DEVICE_TOKEN: token },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let batches = 0;
  let finished = false;
  let onFirstBatch!: () => void;
  const firstBatch = new Promise<void>((r) => (onFirstBatch = r));
  createInterface({ input: child.stdout! }).on('line', (line) => {
    const message = JSON.parse(line) as { finished?: boolean; sent?: number };
    if (message.finished) finished = true;
    if (message.sent !== undefined) {
      batches += 1;
      onFirstBatch();
    }
  });
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += String(chunk)));
  const exited = new Promise<Outcome>((done) =>
    child.on('close', (code) => {
      if (code !== null && code !== 0) process.stderr.write(stderr);
      onFirstBatch();
      done({ code, batches, finished });
    }),
  );
  return { child, firstBatch, exited };
}

function killGroup(pid: number): void {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('the push fault test: kills and lost answers never lose or double a reading', () => {
  let running: RunningCentral;
  let dropDatabase: () => Promise<void>;
  let region: SeededRegion;
  let proxy: FaultyProxy;
  let token: string;
  let deviceId: number;
  const folder = deviceFolder();
  const outboxPath = join(folder.dir, 'outbox.sqlite3');
  const random = seededRandom(20260320);

  beforeAll(async () => {
    const database = await createPostgresDatabase(inject('postgresUrl'));
    dropDatabase = database.drop;
    running = await startCentralService({ databaseUrl: database.url, logLevel: false });
    region = await seedRegion(running.central, { code: 'orenburg', accounts: 50 });
    ({ token, deviceId } = await enrolOverHttp(running, 'counter'));
    proxy = await startFaultyProxy(running.url, seededRandom(7));
    const db = openOutbox(outboxPath);
    const perMeter = new Map<number, number>();
    for (let i = 0; i < READINGS; i += 1) {
      const meterId = i % 37 === 36 ? UNKNOWN_METER : region.meterIds[i % region.meterIds.length]!;
      const k = (perMeter.get(meterId) ?? 0) + 1;
      perMeter.set(meterId, k);
      const payload = {
        meterId,
        userId: null,
        source: 'counter' as const,
        enteredAt: new Date().toISOString(),
        values: [{ zone: 'single' as const, value: String(100 + k * 7) }],
        confirmed: { rollover: false, jump: false },
      };
      enqueue(db, { id: randomUUID(), kind: 'reading.submit', payload }, new Date());
    }
    db.close();
  }, 60_000);
  afterAll(async () => {
    await proxy?.close();
    await running?.close();
    await dropDatabase?.();
    folder.cleanup();
  });

  it(`survives ${KILLS} SIGKILLs and dropped or replaced answers, then matches the server exactly`, async () => {
    let midPush = 0;
    for (let i = 0; i < KILLS; i += 1) {
      proxy.setFaulty(i < KILLS / 2);
      const worker = startWorker(outboxPath, proxy.url, token);
      if (random() < 0.15)
        await sleep(random() * 900); // from start-up on
      else {
        await worker.firstBatch;
        await sleep(random() * 40); // mid-push, often between the answer and its recording
      }
      killGroup(worker.child.pid!);
      const outcome = await worker.exited;
      if (!outcome.finished && outcome.batches > 0) midPush += 1;
    }
    proxy.setFaulty(false);
    const final = await startWorker(outboxPath, proxy.url, token).exited;
    expect(final).toMatchObject({ code: 0, finished: true });
    expect(midPush).toBeGreaterThanOrEqual(25);
    expect(proxy.faults().dropped).toBeGreaterThan(0);
    expect(proxy.faults().replaced).toBeGreaterThan(0);

    const db = openOutbox(outboxPath);
    const entries = listOutbox(db, READINGS + 1);
    db.close();
    expect(entries).toHaveLength(READINGS);
    for (const entry of entries) {
      expect(['applied', 'rejected']).toContain(entry.status);
      if (entry.status === 'rejected') {
        expect(entry.payload.meterId).toBe(UNKNOWN_METER);
        expect(entry.reason).toMatchObject({ code: 'meter_unknown' });
      } else expect(entry.reason).toBeNull();
    }
    const clientApplied = entries
      .filter((e) => e.status === 'applied')
      .map((e) => e.id)
      .sort();
    const serverRows = await running.central.db
      .selectFrom('readings')
      .select(['submission_id'])
      .where('device_id', '=', deviceId)
      .execute();
    const serverIds = serverRows.map((r) => r.submission_id!).sort();
    expect(serverIds).toEqual(clientApplied); // none lost, none doubled
    const results = await running.central.db
      .selectFrom('device_mutations')
      .select(['mutation_id', 'status'])
      .where('device_id', '=', deviceId)
      .execute();
    expect(new Map(results.map((r) => [r.mutation_id, r.status]))).toEqual(
      new Map(entries.map((e) => [e.id, e.status])),
    );
  }, 300_000); // 51 worker starts through tsx: slow on a busy machine

  it('an engine over the same file finds nothing left to push', async () => {
    const db = openOutbox(outboxPath);
    const { createPushClient } = await import('../../../electron/services/push-client.js');
    const engine = createPushEngine({
      db,
      client: createPushClient({ baseUrl: running.url, fetch, deviceToken: token }),
      clock: () => new Date(),
    });
    const status = await engine.kick();
    await engine.stop();
    db.close();
    expect(status).toMatchObject({ lastError: null, counts: { queued: 0 } });
  });
});
