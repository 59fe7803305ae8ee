import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import DatabaseConstructor from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { readPulledRows } from '../../../db/pulled-rows.js';
import { CACHE_FILE } from '../../../electron/services/main-services.js';
import { type RunningCentral, startCentralService } from '../../../server/start.js';
import type { SyncStatus } from '../../../shared/contract/views.js';
import {
  deviceFolder,
  type FixtureCentral,
  startFixtureCentral,
  waitFor,
} from './support/harness.js';
import { renameAddressOnServer } from './support/server-writes.js';
import { servicesUnderTest } from './support/services.js';

describe('with the central service down', () => {
  const folder = deviceFolder();
  const centralDir = mkdtempSync(join(tmpdir(), 'kabinet-central-'));
  let central: FixtureCentral;
  let restarted: RunningCentral | null = null;
  let url: string;

  const cachedAccounts = () => {
    const db = new DatabaseConstructor(join(folder.dir, CACHE_FILE), { readonly: true });
    try {
      return readPulledRows(db, 'account');
    } finally {
      db.close();
    }
  };

  beforeAll(async () => {
    central = await startFixtureCentral({ accounts: 5, pgliteDir: centralDir });
    url = central.running.url;
    const first = await servicesUnderTest({
      userDataDir: folder.dir,
      secretStore: folder.secrets,
      centralUrl: url,
    });
    await first.services.start();
    const { code } = await central.running.issueEnrolmentCode('counter', 'orenburg');
    await first.call('device.enrol', { centralUrl: url, code });
    expect(await first.call('sync.runNow')).toMatchObject({ online: true, lastError: null });
    await first.services.stop();
    await central.running.close();
  });
  afterAll(async () => {
    await restarted?.close();
    folder.cleanup();
    rmSync(centralDir, { recursive: true, force: true });
  });

  it('starts on its cache, says it is offline, and resumes by itself once the service is back', async () => {
    const device = await servicesUnderTest({
      userDataDir: folder.dir,
      secretStore: folder.secrets,
      centralUrl: url,
      syncIntervalMs: 300,
    });
    await device.services.start();
    expect(await device.call('app.getState')).toMatchObject({
      enrolled: true,
      profile: 'counter',
      cacheRebuilt: false,
    });
    const latest = () =>
      device.events.filter((e) => e.event === 'sync.status').at(-1)?.payload as
        SyncStatus | undefined;
    await waitFor(() => latest()?.lastError === 'central_unreachable');
    expect(await device.call('sync.getStatus')).toMatchObject({
      online: false,
      lastError: 'central_unreachable',
    });
    expect(cachedAccounts()).toHaveLength(5);
    expect(
      await device.raw('session.signIn', {
        login: 'ivanova',
        password: central.fixture.user.password,
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'central_unreachable' },
    });

    // The service comes back on the same address with the same data, plus one change.
    const port = Number(new URL(url).port);
    restarted = await startCentralService({ pgliteDir: centralDir, port, logLevel: false });
    await renameAddressOnServer(
      restarted.central,
      central.fixture.accountIds[0]!,
      'г. Оренбург, ул. Восстановленная, д. 1',
    );
    await waitFor(() => cachedAccounts()[0]?.address === 'г. Оренбург, ул. Восстановленная, д. 1');
    await waitFor(() => latest()?.online === true && latest()?.lastError === null);
    const view = await device.call('session.signIn', {
      login: 'ivanova',
      password: central.fixture.user.password,
    });
    expect(view.fullName).toBe('Иванова Мария Петровна');
    await device.services.stop();
  });
});
