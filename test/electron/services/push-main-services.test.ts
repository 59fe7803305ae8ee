import { existsSync } from 'node:fs';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { listOutbox, openOutbox, OUTBOX_FILE } from '../../../db/outbox/index.js';
import {
  deviceFolder,
  type FixtureCentral,
  startFixtureCentral,
  waitFor,
} from './support/harness.js';
import { servicesUnderTest, type ServicesUnderTest } from './support/services.js';

describe('main services queue readings in their own outbox file and push them', () => {
  let central: FixtureCentral;
  const now = new Date('2026-03-18T09:00:00Z');
  const clock = () => now;
  const folder = deviceFolder();
  let device: ServicesUnderTest;
  let meterId: number;

  beforeAll(async () => {
    central = await startFixtureCentral({ accounts: 3, clock });
    const meter = await central.central.db
      .selectFrom('meters')
      .select('id')
      .where('account_id', '=', central.fixture.accountIds[0]!)
      .where('zones', '=', 1)
      .orderBy('id')
      .executeTakeFirstOrThrow();
    meterId = meter.id;
    device = await servicesUnderTest({
      userDataDir: folder.dir,
      secretStore: folder.secrets,
      centralUrl: central.running.url,
      clock,
      syncIntervalMs: 60_000,
    });
    await device.services.start();
  });
  afterAll(async () => {
    await device.services.stop();
    await central.close();
    folder.cleanup();
  });

  const entry = (value: string) => ({
    meterId,
    userId: null,
    source: 'counter' as const,
    values: [{ zone: 'single' as const, value }],
    confirmed: { rollover: false, jump: false },
  });

  it('queues while unenrolled, pushes once enrolled, and keeps the outbox apart from the cache', async () => {
    const first = device.services.enqueueReading(entry('10.5'));
    expect(first).toMatchObject({ seq: 1, enteredAt: now.toISOString() });
    expect(() => device.services.enqueueReading({ ...entry('1'), values: [] })).toThrow();
    expect(existsSync(join(folder.dir, OUTBOX_FILE))).toBe(true);

    const { code } = await central.running.issueEnrolmentCode('counter', 'orenburg');
    await device.call('device.enrol', { centralUrl: central.running.url, code });
    const second = device.services.enqueueReading(entry('9'));
    const submitted = () =>
      central.central.db
        .selectFrom('device_mutations')
        .select(['mutation_id', 'status', 'reason_code'])
        .orderBy('seq')
        .execute();
    await waitFor(async () => (await submitted()).length === 2);
    expect(await submitted()).toEqual([
      { mutation_id: first.id, status: 'applied', reason_code: null },
      { mutation_id: second.id, status: 'rejected', reason_code: 'less_than_previous' },
    ]);
    // The device records the answers too (a reader beside the engine: the file is in WAL mode).
    const outbox = openOutbox(join(folder.dir, OUTBOX_FILE));
    await waitFor(() => listOutbox(outbox).every((e) => e.status !== 'queued'));
    expect(listOutbox(outbox).map((e) => [e.id, e.status, e.period])).toEqual([
      [second.id, 'rejected', null],
      [first.id, 'applied', '2026-03'],
    ]);
    outbox.close();
  });
});
