import { join } from 'node:path';

import DatabaseConstructor from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';

import { countPulledRows } from '../../../db/pulled-rows.js';
import { createDeviceConfigStore } from '../../../electron/services/device-config.js';
import { CACHE_FILE } from '../../../electron/services/main-services.js';
import type { AccountDetails } from '../../../shared/contract/views.js';
import { filesContaining } from './support/files.js';
import { deviceFolder } from './support/harness.js';
import { servicesUnderTest } from './support/services.js';

describe('the embedded default (no central URL configured)', () => {
  const folder = deviceFolder();
  const options = (profile: 'kiosk' | 'counter') => ({
    userDataDir: folder.dir,
    secretStore: folder.secrets,
    embedded: { profile, regionCode: 'orenburg', demoAccounts: 100 },
  });
  const cacheCounts = () => {
    const db = new DatabaseConstructor(join(folder.dir, CACHE_FILE), { readonly: true });
    try {
      return countPulledRows(db);
    } finally {
      db.close();
    }
  };
  afterAll(() => folder.cleanup());

  it('starts a seeded central in-process, enrols itself, syncs, and signs the demo user in', async () => {
    const device = await servicesUnderTest(options('kiosk'));
    await device.services.start();
    expect(await device.call('app.getState')).toMatchObject({
      enrolled: true,
      embedded: true,
      profile: 'kiosk',
      region: { code: 'orenburg' },
      // The embedded central mails and texts into its sandbox: the sign-in page links the viewer.
      sandbox: true,
    });
    expect(await device.call('sync.runNow')).toMatchObject({ online: true, lastError: null });
    expect(cacheCounts().account).toBeGreaterThan(0);

    const view = await device.call('session.signIn', { login: 'demo', password: 'Kabinet-2026' });
    expect(view.accounts).toHaveLength(2);
    const details = (await device.call('accounts.getDetails', {
      accountId: view.accounts[0]!.accountId,
    })) as AccountDetails;
    expect(details.services.length).toBeGreaterThan(0);
    expect(details.ownerName).toBe(view.accounts[0]!.ownerName);

    // The device's own files (not the embedded central's database) hold nothing personal.
    const deviceFiles = [CACHE_FILE, `${CACHE_FILE}-wal`, 'device.json', 'secrets.json'];
    const personal = [view.fullName, view.phone!, view.phone!.slice(2)];
    const deviceHits = (needle: string) =>
      filesContaining(folder.dir, needle).filter((path) =>
        deviceFiles.some((f) => path === join(folder.dir, f)),
      );
    for (const needle of personal) expect(deviceHits(needle), needle).toEqual([]);
    await device.call('session.signOut');
    await device.services.stop();
    for (const needle of personal) expect(deviceHits(needle), needle).toEqual([]);
  });

  it('on the next start reuses its enrolment with the central on its new port', async () => {
    const before = createDeviceConfigStore(folder.dir, folder.secrets).load();
    const device = await servicesUnderTest(options('kiosk'));
    await device.services.start();
    expect(createDeviceConfigStore(folder.dir, folder.secrets).load()).toEqual(before);
    expect(before).toMatchObject({ embedded: true, centralUrl: null });
    expect(await device.call('sync.runNow')).toMatchObject({ online: true, lastError: null });
    expect(
      await device.call('session.signIn', { login: 'demo', password: 'Kabinet-2026' }),
    ).toMatchObject({
      login: 'demo',
    });
    await device.services.stop();
  });

  it('re-enrols when the wanted profile changes', async () => {
    const before = createDeviceConfigStore(folder.dir, folder.secrets).load();
    const device = await servicesUnderTest(options('counter'));
    await device.services.start();
    const after = createDeviceConfigStore(folder.dir, folder.secrets).load();
    expect(after?.profile).toBe('counter');
    expect(after?.deviceId).not.toBe(before?.deviceId);
    expect(await device.call('app.getState')).toMatchObject({ profile: 'counter', embedded: true });
    await device.call('sync.runNow');
    await device.services.stop();
    const db = new DatabaseConstructor(join(folder.dir, CACHE_FILE), { readonly: true });
    const named = db
      .prepare('SELECT count(*) AS n FROM accounts WHERE owner_name IS NOT NULL')
      .get() as { n: number };
    db.close();
    expect(named.n).toBeGreaterThan(0); // a counter caches owner names; the kiosk cache held none
  });
});
