import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import DatabaseConstructor from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';

import { createDeviceConfigStore } from '../../../electron/services/device-config.js';
import { CACHE_FILE } from '../../../electron/services/main-services.js';
import { deviceFolder } from './support/harness.js';
import { servicesUnderTest } from './support/services.js';

// Nothing listens on port 9 (discard) on 127.0.0.1 in the test machine: connections are refused.
const deadCentral = 'http://127.0.0.1:9';

describe('main services and an unusable cache or config', () => {
  const folders: ReturnType<typeof deviceFolder>[] = [];
  const folder = () => {
    const f = deviceFolder();
    folders.push(f);
    return f;
  };
  afterEach(() => folders.splice(0).forEach((f) => f.cleanup()));

  it('moves a corrupt cache aside at start, rebuilds it and says so in app.getState', async () => {
    const { dir, secrets } = folder();
    writeFileSync(join(dir, CACHE_FILE), Buffer.alloc(20_000, 'garbage'));
    const device = await servicesUnderTest({
      userDataDir: dir,
      secretStore: secrets,
      centralUrl: deadCentral,
    });
    await device.services.start();
    expect(await device.call('app.getState')).toMatchObject({
      cacheRebuilt: true,
      enrolled: false,
    });
    expect(readdirSync(dir).some((name) => name.startsWith(`${CACHE_FILE}.corrupt-`))).toBe(true);
    expect(device.logs).toContainEqual(expect.objectContaining({ level: 'warn' }));
    await device.services.stop();
  });

  it('moves aside a cache written by a newer version of the app', async () => {
    const { dir, secrets } = folder();
    const newer = new DatabaseConstructor(join(dir, CACHE_FILE));
    newer.pragma('user_version = 99');
    newer.close();
    const device = await servicesUnderTest({
      userDataDir: dir,
      secretStore: secrets,
      centralUrl: deadCentral,
    });
    await device.services.start();
    expect(await device.call('app.getState')).toMatchObject({ cacheRebuilt: true });
    await device.services.stop();
  });

  it('treats an unreadable device.json as "not enrolled"', async () => {
    const { dir, secrets } = folder();
    writeFileSync(join(dir, 'device.json'), '{"centralUrl": 12');
    expect(createDeviceConfigStore(dir, secrets).load()).toBeNull();
    const device = await servicesUnderTest({
      userDataDir: dir,
      secretStore: secrets,
      centralUrl: deadCentral,
    });
    await device.services.start();
    expect(await device.call('app.getState')).toMatchObject({
      enrolled: false,
      cacheRebuilt: false,
    });
    expect(await device.call('sync.getStatus')).toMatchObject({
      online: false,
      lastError: 'not_enrolled',
    });
    expect(await device.raw('accounts.getDetails', { accountId: 1 })).toMatchObject({
      error: { code: 'not_signed_in' },
    });
    await device.services.stop();
    expect(existsSync(join(dir, CACHE_FILE))).toBe(true);
  });

  it('answers before start() and after stop() with values, never throws', async () => {
    const { dir, secrets } = folder();
    const device = await servicesUnderTest({
      userDataDir: dir,
      secretStore: secrets,
      centralUrl: deadCentral,
    });
    expect(await device.call('app.getState')).toMatchObject({ enrolled: false });
    expect(
      await device.raw('device.enrol', { centralUrl: deadCentral, code: 'ABCDEFGH' }),
    ).toMatchObject({ ok: false });
    await device.services.start();
    await device.services.stop();
    expect(await device.call('sync.getStatus')).toMatchObject({ running: false });
    await device.services.stop();
  });
});
