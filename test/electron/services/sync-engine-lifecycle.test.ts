import { createServer } from 'node:net';
import { join } from 'node:path';

import type { Database } from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { openCache } from '../../../db/open-cache.js';
import { readPulledRows } from '../../../db/pulled-rows.js';
import { syncEntityNames } from '../../../db/pulled-tables.js';
import { readSyncState } from '../../../db/sync-state.js';
import { createCentralClient } from '../../../electron/services/central-client.js';
import { createSyncEngine } from '../../../electron/services/sync-engine.js';
import { decodeCursor } from '../../../server/sync/cursor.js';
import type { SyncStatus } from '../../../shared/contract/views.js';
import {
  deviceFolder,
  enrolOverHttp,
  type FixtureCentral,
  startFixtureCentral,
  waitFor,
} from './support/harness.js';
import { readServerRows } from './support/server-rows.js';
import { renameAddressOnServer } from './support/server-writes.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('sync engine lifecycle', () => {
  let central: FixtureCentral;
  let token: string;
  const folder = deviceFolder();
  const open: Database[] = [];
  const cache = (name: string) => {
    const { db } = openCache(join(folder.dir, name));
    open.push(db);
    return db;
  };

  beforeAll(async () => {
    central = await startFixtureCentral({ accounts: 300 });
    ({ token } = await enrolOverHttp(central.running, 'counter'));
  });
  afterAll(async () => {
    for (const db of open) db.close();
    await central.close();
    folder.cleanup();
  });

  it('offline: says so, retries by itself with backoff, and stop() ends the retries', async () => {
    const probe = createServer();
    await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
    const port = (probe.address() as { port: number }).port;
    await new Promise((r) => probe.close(r));
    let attempts = 0;
    const counting: typeof fetch = (input, init) => {
      attempts += 1;
      return fetch(input, init);
    };
    const statuses: SyncStatus[] = [];
    const engine = createSyncEngine({
      db: cache('offline.sqlite3'),
      client: createCentralClient({
        baseUrl: `http://127.0.0.1:${port}`,
        fetch: counting,
        deviceToken: token,
      }),
      clock: () => new Date(),
      intervalMs: 60_000,
      backoff: { initialMs: 10, maxMs: 40 },
      onStatus: (s) => statuses.push(s),
    });
    engine.start();
    await waitFor(() => attempts >= 4);
    expect(engine.status()).toMatchObject({ online: false, lastError: 'central_unreachable' });
    expect(statuses.some((s) => s.running)).toBe(true);
    await engine.stop();
    const after = attempts;
    await sleep(200);
    expect(attempts).toBe(after);
    expect(await engine.runNow()).toMatchObject({ running: false });
    expect(attempts).toBe(after);
  });

  it('stop() in the middle of a sync leaves the cache consistent with its cursor', async () => {
    const db = cache('stopped.sqlite3');
    const statuses: SyncStatus[] = [];
    const engine = createSyncEngine({
      db,
      client: createCentralClient({ baseUrl: central.running.url, fetch, deviceToken: token }),
      clock: () => new Date(),
      limits: { initial: 20, incremental: 20 },
      onStatus: (s) => statuses.push(s),
    });
    engine.start();
    await waitFor(() => statuses.filter((s) => s.progress !== null).length >= 3);
    await engine.stop();
    expect(engine.status().running).toBe(false);
    const rev = decodeCursor(readSyncState(db).cursor!)!;
    const server = await readServerRows(central.central, central.fixture.regionId, 'counter', rev);
    for (const entity of syncEntityNames)
      expect(readPulledRows(db, entity), entity).toEqual(server[entity]);
    const total = Object.values(
      await readServerRows(central.central, central.fixture.regionId, 'counter'),
    ).flat().length;
    expect(Object.values(server).flat().length).toBeLessThan(total);
  });

  it('runs again by itself every interval', async () => {
    const db = cache('periodic.sqlite3');
    const engine = createSyncEngine({
      db,
      client: createCentralClient({ baseUrl: central.running.url, fetch, deviceToken: token }),
      clock: () => new Date(),
      intervalMs: 50,
    });
    engine.start();
    const accountId = central.fixture.accountIds[10]!;
    await waitFor(() => readPulledRows(db, 'account').some((a) => a.id === accountId));
    await renameAddressOnServer(
      central.central,
      accountId,
      'г. Оренбург, ул. Самостоятельная, д. 5',
    );
    await waitFor(
      () =>
        readPulledRows(db, 'account').find((a) => a.id === accountId)?.address ===
        'г. Оренбург, ул. Самостоятельная, д. 5',
    );
    await engine.stop();
  });
});
