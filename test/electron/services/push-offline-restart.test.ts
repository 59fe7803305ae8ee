import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { listOutbox, openOutbox, OUTBOX_FILE } from '../../../db/outbox/index.js';
import { type RunningCentral, startCentralService } from '../../../server/start.js';
import {
  deviceFolder,
  type FixtureCentral,
  startFixtureCentral,
  waitFor,
} from './support/harness.js';
import { servicesUnderTest, type ServicesUnderTest } from './support/services.js';

/** The next reading after `previous` (or a first one): one unit more, never a jump. */
const nextValue = (previous: string | null) =>
  previous === null ? '12' : String(Math.floor(Number(previous)) + 1);

describe('readings entered while the central service is down, then an app restart while it still is', () => {
  const folder = deviceFolder();
  const centralDir = mkdtempSync(join(tmpdir(), 'kabinet-central-'));
  let central: FixtureCentral | null = null;
  let restarted: RunningCentral | null = null;
  const devices: ServicesUnderTest[] = [];

  afterAll(async () => {
    for (const device of devices) await device.services.stop();
    await restarted?.close();
    await central?.close();
    folder.cleanup();
    rmSync(centralDir, { recursive: true, force: true });
  });

  const startDevice = async (url: string) => {
    const device = await servicesUnderTest({
      userDataDir: folder.dir,
      secretStore: folder.secrets,
      centralUrl: url,
      syncIntervalMs: 300,
    });
    devices.push(device);
    await device.services.start();
    return device;
  };
  const outboxEntries = () => {
    const db = openOutbox(join(folder.dir, OUTBOX_FILE));
    try {
      return listOutbox(db);
    } finally {
      db.close();
    }
  };

  it('queues them, keeps them across the restart, and each reaches the service exactly once', async () => {
    central = await startFixtureCentral({ accounts: 3, pgliteDir: centralDir });
    const { url } = central.running;
    const { user, accountIds } = central.fixture;
    const signIn = { login: user.login, password: user.password };
    const first = await startDevice(url);
    const { code } = await central.running.issueEnrolmentCode('kiosk', 'orenburg');
    await first.call('device.enrol', { centralUrl: url, code });
    expect(await first.call('sync.runNow')).toMatchObject({ online: true, lastError: null });
    // Signing in needs the service: the resident signs in, then the network goes.
    await first.call('session.signIn', signIn);
    await central.running.close();
    central = null;

    // Three meters whose verification is current: the first account's power meter (two zones),
    // the second account's water (one zone) and power (two zones).
    const picks: [accountId: number, zones: number][] = [
      [accountIds[0]!, 2],
      [accountIds[1]!, 1],
      [accountIds[1]!, 2],
    ];
    const entered: { id: string; accountId: number; meterId: number; zones: number }[] = [];
    for (const [accountId, zones] of picks) {
      const form = await first.call('readings.getForm', { accountId });
      const meter = form.meters.find((m) => m.zones === zones && !m.verificationOverdue)!;
      const values = meter.previous.map(({ zone, value }) => ({ zone, value: nextValue(value) }));
      const result = await first.call('readings.submit', {
        accountId,
        meterId: meter.meterId,
        values,
        confirmed: { rollover: false, jump: false },
      });
      if (result.status !== 'queued') throw new Error(`not queued: ${JSON.stringify(result)}`);
      entered.push({
        id: result.submission.submissionId,
        accountId,
        meterId: meter.meterId,
        zones,
      });
      const shown = await first.call('readings.getForm', { accountId });
      expect(shown.meters.find((m) => m.meterId === meter.meterId)?.entered).toMatchObject({
        submissionId: result.submission.submissionId,
        status: 'queued',
      });
    }
    await first.services.stop();

    // The app starts again; the service is still down: nobody can sign in, the readings wait.
    const port = Number(new URL(url).port);
    const second = await startDevice(url);
    expect(await second.raw('session.signIn', signIn)).toMatchObject({
      ok: false,
      error: { code: 'central_unreachable' },
    });
    const ids = entered.map((e) => e.id).sort();
    expect(
      outboxEntries()
        .filter((e) => e.status === 'queued')
        .map((e) => e.id)
        .sort(),
    ).toEqual(ids);

    // The service comes back on the same address and data; the device pushes by itself.
    restarted = await startCentralService({ pgliteDir: centralDir, port, logLevel: false });
    await waitFor(() => outboxEntries().every((e) => e.status === 'applied'), 90_000);

    const rows = await restarted.central.db
      .selectFrom('readings')
      .select(['submission_id', 'meter_id', 'zone', 'source'])
      .where('submission_id', 'in', ids)
      .execute();
    for (const reading of entered) {
      const mine = rows.filter((r) => r.submission_id === reading.id);
      expect(mine).toHaveLength(reading.zones); // one row per zone: none lost, none doubled
      expect(new Set(mine.map((r) => r.meter_id))).toEqual(new Set([reading.meterId]));
      expect(new Set(mine.map((r) => r.source))).toEqual(new Set(['kiosk']));
    }
    const logged = await restarted.central.db
      .selectFrom('device_mutations')
      .select(['mutation_id', 'status'])
      .execute();
    expect(logged.map((m) => m.mutation_id).sort()).toEqual(ids);
    expect(new Set(logged.map((m) => m.status))).toEqual(new Set(['applied']));

    // Signed in again, the resident sees each reading accepted.
    await waitFor(async () => (await second.raw('session.signIn', signIn)).ok);
    for (const reading of entered) {
      const form = await second.call('readings.getForm', { accountId: reading.accountId });
      expect(form.meters.find((m) => m.meterId === reading.meterId)?.entered).toMatchObject({
        submissionId: reading.id,
        status: 'applied',
      });
    }
  }, 180_000);
});
