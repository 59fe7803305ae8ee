// The readings report shows this device's own submissions with their outbox status: queued while
// the central service is unreachable, then accepted ("Успешно") or rejected with the server's
// reason, and once pulled, the same reading once, from the pull.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  addScaled,
  formatScaled,
  normalizeDecimal,
  requireDecimal,
} from '../../../../shared/domain/decimal.js';
import { waitFor } from '../support/harness.js';
import { type DemoDevice, startDemoDevice } from '../billing/support/demo-device.js';

const TODAY = '2026-03-18';

describe('readings report: statuses of this device’s own readings', () => {
  let demo: DemoDevice;
  let accountId: number;
  let userId: number;

  beforeAll(async () => {
    demo = await startDemoDevice({ today: TODAY, now: '2026-03-18T06:00:00Z', profile: 'kiosk' });
    [accountId] = (await demo.signIn('demo')) as [number];
    const user = await sql<{ id: number }>`SELECT id FROM users WHERE login = 'demo'`.execute(
      demo.db,
    );
    userId = user.rows[0]!.id;
  });
  afterAll(() => demo.close());

  const report = () =>
    demo.device.call('reports.readings', { accountId, serviceId: null, from: TODAY, to: TODAY });

  it('queued offline, then accepted or rejected with the reason, then pulled once', async () => {
    const meter = await sql<{ id: number; serial: string; value: string }>`
      SELECT m.id, m.serial, r.value::text AS value FROM meters m
        JOIN readings r ON r.meter_id = m.id
       WHERE m.account_id = ${accountId} AND m.zones = 1 AND r.status = 'accepted'
       ORDER BY r.period DESC, r.entered_at DESC LIMIT 1`.execute(demo.db);
    const { id: meterId, serial, value } = meter.rows[0]!;
    const next = formatScaled(addScaled(requireDecimal(value, 'value'), { units: 10n, scale: 0 }));
    expect(await report()).toMatchObject({ rows: [] });

    demo.gate.setOpen(false);
    const good = demo.device.services.enqueueReading({
      meterId,
      userId,
      source: 'kiosk',
      values: [{ zone: 'single', value: next }],
      confirmed: { rollover: false, jump: false },
    });
    const queued = (await report()).rows;
    expect(queued).toHaveLength(1);
    expect(queued[0]).toMatchObject({
      key: `${good.id}:single`,
      serial,
      status: 'queued',
      source: 'kiosk',
      period: null,
      entered: { date: TODAY, value: next },
      start: { value: normalizeDecimal(value) },
    });

    demo.gate.setOpen(true);
    // A single-zone meter read as two zones: the central service rejects it and says why.
    const bad = demo.device.services.enqueueReading({
      meterId,
      userId,
      source: 'kiosk',
      values: [
        { zone: 'T1', value: next },
        { zone: 'T2', value: next },
      ],
      confirmed: { rollover: false, jump: false },
    });
    await waitFor(async () => (await report()).rows.every((r) => r.status !== 'queued'));
    const settled = (await report()).rows;
    expect(settled.find((r) => r.key === `${good.id}:single`)).toMatchObject({
      status: 'accepted',
      period: '2026-03',
    });
    const rejected = settled.filter((r) => r.key.startsWith(bad.id));
    expect(rejected.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(rejected[0]!.reason).toMatch(/\S{3,}/);

    await demo.device.call('sync.runNow');
    const pulled = await sql<{ id: string }>`
      SELECT id FROM readings WHERE submission_id = ${good.id}`.execute(demo.db);
    const after = (await report()).rows.filter((r) => r.meterId === meterId);
    expect(after.filter((r) => r.status === 'accepted')).toEqual([
      expect.objectContaining({ key: pulled.rows[0]!.id, entered: { date: TODAY, value: next } }),
    ]);
    expect(after.filter((r) => r.status === 'rejected')).toHaveLength(2);
  });
});
