import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  createDeviceConfigStore,
  DEVICE_TOKEN_KEY,
} from '../../../electron/services/device-config.js';
import { enrol } from '../../../electron/services/enrolment.js';
import { deviceFolder, type FixtureCentral, startFixtureCentral } from './support/harness.js';

/** A URL on which nothing listens. */
async function deadUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}`;
}

describe('enrol', () => {
  let central: FixtureCentral;
  let now = new Date('2026-03-10T09:00:00Z');
  const folder = deviceFolder();
  const deps = () => ({
    configStore: createDeviceConfigStore(folder.dir, folder.secrets),
    fetch,
    deviceName: 'Киоск 1',
    clock: () => now,
  });

  beforeAll(async () => {
    central = await startFixtureCentral({ accounts: 3, clock: () => now });
  });
  afterAll(async () => {
    await central.close();
    folder.cleanup();
  });

  it('saves the enrolment and keeps the token in the secret store only', async () => {
    const { code } = await central.running.issueEnrolmentCode('counter', 'orenburg');
    const config = await enrol(deps(), `${central.running.url}/`, code);
    expect(config).toMatchObject({
      centralUrl: central.running.url,
      embedded: false,
      profile: 'counter',
      region: { code: 'orenburg', name: 'Оренбургская область', timeZone: 'Asia/Yekaterinburg' },
      enrolledAt: now.toISOString(),
    });
    expect(deps().configStore.load()).toEqual(config);
    const token = await folder.secrets.get(DEVICE_TOKEN_KEY);
    expect(token).toBeTruthy();
    expect(readFileSync(join(folder.dir, 'device.json'), 'utf8')).not.toContain(token!);
  });

  it('refuses a code that was already used', async () => {
    const { code } = await central.running.issueEnrolmentCode('kiosk', 'orenburg');
    await enrol(deps(), central.running.url, code);
    await expect(enrol(deps(), central.running.url, code)).rejects.toMatchObject({
      code: 'enrolment_code_used',
    });
  });

  it('refuses a code the central never issued', async () => {
    await expect(enrol(deps(), central.running.url, 'ZZZZ-ZZZZ-ZZZZ')).rejects.toMatchObject({
      code: 'enrolment_code_invalid',
    });
  });

  it('refuses an expired code', async () => {
    const { code } = await central.running.issueEnrolmentCode('kiosk', 'orenburg', 5);
    now = new Date(now.getTime() + 10 * 60_000);
    await expect(enrol(deps(), central.running.url, code)).rejects.toMatchObject({
      code: 'enrolment_code_expired',
    });
  });

  it('reports an unreachable central service and leaves the saved enrolment alone', async () => {
    const before = deps().configStore.load();
    await expect(enrol(deps(), await deadUrl(), 'ABCD-EFGH-JKLM')).rejects.toMatchObject({
      code: 'central_unreachable',
    });
    expect(deps().configStore.load()).toEqual(before);
  });
});
