import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { methods } from '../../../../shared/contract/methods.js';
import { waitFor } from '../support/harness.js';
import { type DemoDevice, startDemoDevice } from './support/demo-device.js';
import { otherCounter } from './support/other-device.js';
import { plus } from './support/readings-desk.js';

describe('readings at a service-centre counter', () => {
  let demo: DemoDevice;
  let accountId: number;

  beforeAll(async () => {
    demo = await startDemoDevice({
      today: '2026-03-18',
      now: '2026-03-18T06:00:00Z',
      profile: 'counter',
    });
    [accountId] = (await demo.signIn('demo')) as [number];
  });
  afterAll(() => demo?.close());

  const singles = async () =>
    (await demo.device.call('readings.getForm', { accountId })).meters.filter(
      (m) => m.zones === 1 && m.previous[0]!.value !== null,
    );

  it('sends staff readings with source "counter" and no resident id', async () => {
    const meter = (await singles())[0]!;
    const result = await demo.device.call('readings.submit', {
      accountId,
      meterId: meter.meterId,
      values: [{ zone: 'single', value: plus(meter.previous[0]!.value!, '1.5') }],
      confirmed: { rollover: false, jump: false },
    });
    if (result.status !== 'queued') throw new Error(`not queued: ${JSON.stringify(result)}`);
    const rows = () =>
      sql<{ source: string; user_id: number | null; device_id: number | null }>`
        SELECT source, user_id, device_id FROM readings
         WHERE submission_id = ${result.submission.submissionId}`.execute(demo.db);
    await waitFor(async () => (await rows()).rows.length === 1);
    expect((await rows()).rows[0]).toMatchObject({ source: 'counter', user_id: null });
  });

  it('shows a reading another device entered this period once it is pulled', async () => {
    const meter = (await singles())[1]!;
    const value = plus(meter.previous[0]!.value!, '2');
    const other = await otherCounter(demo.central);
    const pushed = await other.push({
      meterId: meter.meterId,
      enteredAt: demo.now().toISOString(),
      values: [{ zone: 'single', value }],
      confirmed: { rollover: false, jump: false },
    });
    expect(pushed.status).toBe('applied');
    const entered = async () =>
      (await demo.device.call('readings.getForm', { accountId })).meters.find(
        (m) => m.meterId === meter.meterId,
      )!;
    expect((await entered()).entered).toBeNull();
    await demo.device.call('sync.runNow');
    const view = await entered();
    expect(view.entered).toEqual({
      submissionId: pushed.id,
      values: [{ zone: 'single', value }],
      enteredAt: demo.now().toISOString(),
      status: 'applied',
      reason: null,
      period: '2026-03',
    });
    expect(view.previous).toEqual([{ zone: 'single', value }]);
    // The start of the period stays the last reading before March.
    expect(view.start).toEqual(meter.start);
  });

  it('answers any typed values with a fix list or a queued reading, never a failure', async () => {
    const meter = (await demo.device.call('readings.getForm', { accountId })).meters.find(
      (m) => m.zones === 3,
    )!;
    const typed = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.stringMatching(/^-?\d{0,14}([.,]\d{0,6})?$/),
      fc.constantFrom('', ' ', '0', '9'.repeat(meter.digitCapacity), '١٢٣', '1e5', 'NaN'),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.tuple(typed, typed, typed),
        fc.record({ rollover: fc.boolean(), jump: fc.boolean() }),
        async (values, confirmed) => {
          const result = await demo.device.raw('readings.submit', {
            accountId,
            meterId: meter.meterId,
            values: values.map((value, i) => ({ zone: `T${i + 1}`, value })),
            confirmed,
          });
          expect(result.ok).toBe(true);
          if (!result.ok) return;
          expect(methods['readings.submit'].output.parse(result.value)).toBeDefined();
        },
      ),
      { numRuns: 120 },
    );
    expect(demo.device.logs.filter((l) => l.level === 'error')).toEqual([]);
  });
});
