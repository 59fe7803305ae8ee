import { type ChildProcess, spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { openCache } from '../../../db/open-cache.js';
import { readPulledRows } from '../../../db/pulled-rows.js';
import { syncEntityNames } from '../../../db/pulled-tables.js';
import { readSyncState } from '../../../db/sync-state.js';
import { decodeCursor } from '../../../server/sync/cursor.js';
import {
  deviceFolder,
  enrolOverHttp,
  type FixtureCentral,
  startFixtureCentral,
} from './support/harness.js';
import { seededRandom } from './support/prng.js';
import { readServerRows, serverLastRev } from './support/server-rows.js';

const repoRoot = resolve(import.meta.dirname, '../../..');
const tsx = join(repoRoot, 'node_modules/.bin/tsx');
const KILLS = 20;
// Small pages make many transactions to land kills in; the sync must outlast all 20 kills.
const PAGE_LIMIT = 40;

interface Worker {
  child: ChildProcess;
  /** Resolves on the first applied page. */
  firstPage: Promise<void>;
  exited: Promise<{
    code: number | null;
    signal: NodeJS.Signals | null;
    finished: boolean;
    pages: number;
  }>;
}

/** `npx tsx electron/services/sync-worker-cli.ts …` (tsx's own bin, without npm's start-up) in its own process group. */
function startWorker(cachePath: string, centralUrl: string, token: string): Worker {
  const child = spawn(
    tsx,
    [
      'electron/services/sync-worker-cli.ts',
      '--cache',
      cachePath,
      '--central',
      centralUrl,
      '--limit',
      String(PAGE_LIMIT),
    ],
    {
      cwd: repoRoot,
      env: { ...process.env, KABINET_DEVICE_TOKEN: token },
      detached: true, // its own process group: SIGKILL reaches tsx's node child too
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let pages = 0;
  let finished = false;
  let onFirstPage!: () => void;
  const firstPage = new Promise<void>((r) => (onFirstPage = r));
  createInterface({ input: child.stdout! }).on('line', (line) => {
    const message = JSON.parse(line) as { finished?: boolean; done?: number };
    if (message.finished) finished = true;
    else if (message.done !== undefined) {
      pages += 1;
      onFirstPage();
    }
  });
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += String(chunk)));
  const exited = new Promise<{
    code: number | null;
    signal: NodeJS.Signals | null;
    finished: boolean;
    pages: number;
  }>((done) =>
    child.on('close', (code, signal) => {
      if (code !== null && code !== 0) process.stderr.write(stderr);
      onFirstPage();
      done({ code, signal, finished, pages });
    }),
  );
  return { child, firstPage, exited };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** SIGKILL the worker's whole process group; a group that already exited is fine. */
function killGroup(pid: number): void {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}

describe('the kill test: a sync killed at random moments resumes to an exact copy', () => {
  let central: FixtureCentral;
  let token: string;
  const folder = deviceFolder();
  const cachePath = join(folder.dir, 'cache.sqlite3');

  beforeAll(async () => {
    central = await startFixtureCentral({ accounts: 3000, metersPerAccount: 2 });
    ({ token } = await enrolOverHttp(central.running, 'counter'));
  });
  afterAll(async () => {
    await central.close();
    folder.cleanup();
  });

  /** Cache == server rows up to the cache's cursor: a page is in with its cursor, or not at all. */
  async function expectConsistentPrefix(): Promise<number> {
    const { db, rebuilt } = openCache(cachePath);
    try {
      expect(rebuilt).toBe(false);
      const cursor = readSyncState(db).cursor;
      const rev = cursor === null ? 0 : decodeCursor(cursor);
      expect(rev).not.toBeNull();
      const server = await readServerRows(
        central.central,
        central.fixture.regionId,
        'counter',
        rev!,
      );
      for (const entity of syncEntityNames)
        expect(readPulledRows(db, entity), entity).toEqual(server[entity]);
      return rev!;
    } finally {
      db.close();
    }
  }

  it(`survives ${KILLS} SIGKILLs and then finishes with every row equal to the server's`, async () => {
    const random = seededRandom(20260310);
    let midSync = 0;
    let lastRev = 0;
    for (let i = 0; i < KILLS; i += 1) {
      const worker = startWorker(cachePath, central.running.url, token);
      if (random() < 0.2) {
        await sleep(random() * 1200); // anywhere from start-up (opening, migrating) on
      } else {
        await worker.firstPage;
        await sleep(random() * 100); // mid-sync, often inside a page's transaction
      }
      killGroup(worker.child.pid!);
      const outcome = await worker.exited;
      if (!outcome.finished && outcome.pages > 0) midSync += 1;
      const rev = await expectConsistentPrefix();
      expect(rev).toBeGreaterThanOrEqual(lastRev);
      lastRev = rev;
    }
    expect(midSync).toBeGreaterThanOrEqual(10);
    const serverRev = await serverLastRev(central.central, central.fixture.regionId);
    expect(lastRev).toBeLessThan(serverRev); // the kills left work for the last run

    const final = await startWorker(cachePath, central.running.url, token).exited;
    expect(final).toMatchObject({ code: 0, finished: true });
    expect(await expectConsistentPrefix()).toBe(serverRev);

    const { db } = openCache(cachePath);
    const server = await readServerRows(central.central, central.fixture.regionId, 'counter');
    for (const entity of syncEntityNames)
      expect(readPulledRows(db, entity), entity).toEqual(server[entity]);
    expect(readPulledRows(db, 'account')).toHaveLength(3000);
    expect(decodeCursor(readSyncState(db).cursor!)).toBe(serverRev);
    db.close();
  }, 120_000);
});
