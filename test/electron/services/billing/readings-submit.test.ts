import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { waitFor } from '../support/harness.js';
import { otherCounter } from './support/other-device.js';
import { openReadingsDesk, plus, type ReadingsDesk, single } from './support/readings-desk.js';

describe('readings.submit: queued in the outbox, settled by the central, shown on the form', () => {
  let desk: ReadingsDesk;
  /** The three-zone meter with a fraction: queued in March, then again after the window. */
  const threeZone = () => desk.meters.find((m) => m.zones === 3 && m.fractionDigits > 0)!;

  beforeAll(async () => {
    desk = await openReadingsDesk();
  });
  afterAll(() => desk?.demo.close());

  it('queues a three-zone reading and shows it applied, with the period, after the push', async () => {
    const meter = threeZone();
    const values = meter.previous.map((p) => ({ zone: p.zone, value: plus(p.value!, '1') }));
    const lower = values.map((v) =>
      v.zone === 'T2' ? { ...v, value: plus(meter.previous[1]!.value!, '-1') } : v,
    );
    expect(await desk.submit(meter, lower)).toEqual({
      status: 'needs_fix',
      problems: [
        {
          zone: 'T2',
          problem: { code: 'less_than_previous', previous: meter.previous[1]!.value },
        },
      ],
    });
    const events = desk.demo.device.events.length;
    const result = await desk.submit(meter, values);
    expect(result).toMatchObject({
      status: 'queued',
      expectedPeriod: '2026-03',
      submission: { values, status: 'queued', reason: null, period: null },
    });
    if (result.status !== 'queued') throw new Error('not queued');
    await waitFor(async () => (await desk.meterView(meter)).entered?.status === 'applied');
    expect((await desk.meterView(meter)).entered).toEqual({
      ...result.submission,
      status: 'applied',
      period: '2026-03',
    });
    const changes = desk.demo.device.events
      .slice(events)
      .filter((e) => e.event === 'outbox.changed');
    expect(changes.at(0)?.payload).toEqual({ pending: 1 });
    expect(changes.at(-1)?.payload).toEqual({ pending: 0 });
    expect((await desk.serverReadings(result.submission.submissionId)).map((r) => r.zone)).toEqual([
      'T1',
      'T2',
      'T3',
    ]);
  });

  it("shows the server's reason when a later reading from another device got there first", async () => {
    const meter = desk.takeSingle();
    const previous = meter.previous[0]!.value!;
    const other = await otherCounter(desk.demo.central);
    const accepted = await other.push({
      meterId: meter.meterId,
      enteredAt: desk.demo.now().toISOString(),
      values: single(plus(previous, '100')),
      confirmed: { rollover: false, jump: true },
    });
    expect(accepted.status).toBe('applied');
    // This device has not pulled since, so its own check passes; the central's does not.
    const result = await desk.submit(meter, single(plus(previous, '50')), {
      rollover: false,
      jump: true,
    });
    expect(result).toMatchObject({ status: 'queued' });
    await waitFor(async () => (await desk.meterView(meter)).entered?.status === 'rejected');
    const entered = (await desk.meterView(meter)).entered!;
    expect(entered.reason).toMatch(/меньше принятого ранее/);
    expect(entered.period).toBeNull();
  });

  it('queues while the central service is unreachable and delivers once it is back', async () => {
    const meter = desk.takeSingle();
    desk.demo.gate.setOpen(false);
    const result = await desk.submit(meter, single(plus(meter.previous[0]!.value!, '1')));
    expect(result).toMatchObject({ status: 'queued', submission: { status: 'queued' } });
    if (result.status !== 'queued') throw new Error('not queued');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect((await desk.meterView(meter)).entered).toMatchObject({ status: 'queued' });
    expect(await desk.serverReadings(result.submission.submissionId)).toEqual([]);
    desk.demo.gate.setOpen(true);
    await waitFor(async () => (await desk.meterView(meter)).entered?.status === 'applied', 40_000);
    expect(await desk.serverReadings(result.submission.submissionId)).toHaveLength(1);
  });

  it('after the window closes, says the reading counts for next period, and the server agrees', async () => {
    desk.demo.setNow('2026-03-27T06:00:00Z');
    await desk.demo.signIn('demo'); // the session expired with the clock
    const meter = threeZone();
    const view = await desk.meterView(meter);
    expect(view.window).toMatchObject({
      inWindow: false,
      daysLeft: null,
      opensOn: `2026-04-${String(view.window.fromDay).padStart(2, '0')}`,
      period: '2026-04',
    });
    // March's reading is not this period's entry, but it is the base of the next check.
    expect(view.entered).toBeNull();
    const march = meter.previous.map((p) => ({ zone: p.zone, value: plus(p.value!, '1') }));
    expect(view.previous).toEqual(march);
    const values = march.map((v) => ({ ...v, value: plus(v.value, '2') }));
    const result = await desk.submit(meter, values);
    expect(result).toMatchObject({ status: 'queued', expectedPeriod: '2026-04' });
    await waitFor(async () => (await desk.meterView(meter)).entered?.status === 'applied');
    expect((await desk.meterView(meter)).entered).toMatchObject({ values, period: '2026-04' });
  });
});
