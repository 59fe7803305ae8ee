import { join } from 'node:path';

import type { Database } from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import { openCache } from '../../../db/open-cache.js';
import { readPulledRows } from '../../../db/pulled-rows.js';
import { syncEntityNames } from '../../../db/pulled-tables.js';
import { readSyncState } from '../../../db/sync-state.js';
import { createCentralClient } from '../../../electron/services/central-client.js';
import { createSyncEngine, type SyncEngine } from '../../../electron/services/sync-engine.js';
import { decodeCursor } from '../../../server/sync/cursor.js';
import type { DeviceProfile, SyncStatus } from '../../../shared/contract/views.js';
import {
  type Backend,
  deviceFolder,
  enrolOverHttp,
  type FixtureCentral,
  startFixtureCentral,
} from './support/harness.js';
import { readServerRows, serverLastRev } from './support/server-rows.js';
import { deleteOnServer, renameAddressOnServer } from './support/server-writes.js';

const backends: Backend[] = ['pglite', 'postgres'];

describe.each(backends)('sync against the real central service on %s', (backend) => {
  let central: FixtureCentral;
  const devices: {
    db: Database;
    engine: SyncEngine;
    statuses: SyncStatus[];
    profile: DeviceProfile;
  }[] = [];
  const folder = deviceFolder();
  const now = new Date('2026-03-10T09:00:00Z');

  async function device(profile: DeviceProfile) {
    const { token } = await enrolOverHttp(central.running, profile);
    const { db } = openCache(join(folder.dir, `${profile}-${devices.length}.sqlite3`));
    const statuses: SyncStatus[] = [];
    const engine = createSyncEngine({
      db,
      client: createCentralClient({ baseUrl: central.running.url, fetch, deviceToken: token }),
      clock: () => now,
      limits: { initial: 40, incremental: 15 },
      onStatus: (s) => statuses.push(s),
    });
    const entry = { db, engine, statuses, profile };
    devices.push(entry);
    return entry;
  }

  async function expectCacheEqualsServer(db: Database, profile: DeviceProfile) {
    const server = await readServerRows(central.central, central.fixture.regionId, profile);
    for (const entity of syncEntityNames)
      expect(readPulledRows(db, entity), entity).toEqual(server[entity]);
    expect(decodeCursor(readSyncState(db).cursor ?? '')).toBe(
      await serverLastRev(central.central, central.fixture.regionId),
    );
  }

  beforeAll(async () => {
    central = await startFixtureCentral({
      accounts: 30,
      backend,
      postgresUrl: inject('postgresUrl'),
    });
  });
  afterAll(async () => {
    for (const d of devices) {
      await d.engine.stop();
      d.db.close();
    }
    await central.close();
    folder.cleanup();
  });

  it('a first sync makes the cache equal to the server, page by page with progress', async () => {
    const { db, engine, statuses } = await device('counter');
    const status = await engine.runNow();
    expect(status).toMatchObject({ online: true, running: false, lastError: null, progress: null });
    expect(status.lastSyncAt).toBe(now.toISOString());
    await expectCacheEqualsServer(db, 'counter');

    const pages = statuses.filter((s) => s.progress !== null);
    const total = Object.values(
      await readServerRows(central.central, central.fixture.regionId, 'counter'),
    ).flat().length;
    expect(pages.length).toBeGreaterThan(3);
    expect(pages.at(-1)?.progress).toEqual({ done: total, total });
    expect(pages.map((s) => s.progress!.done)).toEqual(
      [...pages.map((s) => s.progress!.done)].sort((a, b) => a - b),
    );
    expect(statuses[0]).toMatchObject({ running: true });
    expect(readSyncState(db).lastFullTotal).toBe(total);
  });

  it('a kiosk receives no owner names or phones', async () => {
    const { db, engine } = await device('kiosk');
    await engine.runNow();
    await expectCacheEqualsServer(db, 'kiosk');
    const accounts = readPulledRows(db, 'account');
    expect(accounts.length).toBe(30);
    expect(accounts.every((a) => a.ownerName === null && a.ownerPhone === null)).toBe(true);
  });

  it('an incremental sync brings a server-side update and delete', async () => {
    const { db, engine, statuses } = devices[0]!;
    const [first, second] = central.fixture.accountIds;
    await renameAddressOnServer(central.central, first!, 'г. Оренбург, пр. Победы, д. 7, кв. 12');
    const meter = readPulledRows(db, 'meter').find((m) => m.accountId === second)!;
    await deleteOnServer(central.central, 'meter', meter.id, central.fixture.regionId);
    statuses.length = 0;
    await engine.runNow();
    expect(readPulledRows(db, 'account').find((a) => a.id === first)?.address).toBe(
      'г. Оренбург, пр. Победы, д. 7, кв. 12',
    );
    expect(readPulledRows(db, 'meter').some((m) => m.id === meter.id)).toBe(false);
    await expectCacheEqualsServer(db, 'counter');
    expect(statuses.filter((s) => s.progress).at(-1)?.progress).toEqual({ done: 2, total: 2 });
  });

  it('joins a run under way instead of starting a second one', async () => {
    const { engine } = devices[0]!;
    await renameAddressOnServer(
      central.central,
      central.fixture.accountIds[3]!,
      'г. Оренбург, ул. Чкалова, д. 1',
    );
    const [a, b] = await Promise.all([engine.runNow(), engine.runNow()]);
    expect(a).toBe(b);
    await expectCacheEqualsServer(devices[0]!.db, 'counter');
  });

  it('an unknown device token is reported, not retried silently as offline', async () => {
    const { db } = openCache(join(folder.dir, 'stranger.sqlite3'));
    const engine = createSyncEngine({
      db,
      client: createCentralClient({
        baseUrl: central.running.url,
        fetch,
        deviceToken: 'not-a-token',
      }),
      clock: () => now,
    });
    const status = await engine.runNow();
    expect(status).toMatchObject({ online: true, lastError: 'not_enrolled', running: false });
    expect(readSyncState(db).cursor).toBeNull();
    await engine.stop();
    db.close();
  });
});
