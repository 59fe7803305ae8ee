import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { waitFor } from '../support/harness.js';
import {
  noConfirm,
  openReadingsDesk,
  plus,
  type ReadingsDesk,
  single,
} from './support/readings-desk.js';

describe('readings.submit checks a value as the central service will, before queuing it', () => {
  let desk: ReadingsDesk;

  beforeAll(async () => {
    desk = await openReadingsDesk();
  });
  afterAll(() => desk?.demo.close());

  it('sends every malformed or implausible value back to be fixed, naming the problem', async () => {
    const meter = desk.takeSingle((m) => m.fractionDigits > 0 && Number(m.previous[0]!.value) >= 1);
    const previous = meter.previous[0]!.value!;
    const cases: [string, object][] = [
      ['   ', { code: 'empty' }],
      ['двенадцать', { code: 'not_a_number' }],
      ['-5', { code: 'negative' }],
      [
        `1${'0'.repeat(meter.digitCapacity)}`,
        { code: 'too_many_digits', capacity: meter.digitCapacity },
      ],
      [
        `1.${'5'.repeat(meter.fractionDigits + 1)}`,
        { code: 'too_many_fraction_digits', allowed: meter.fractionDigits },
      ],
      [plus(previous, '-1'), { code: 'less_than_previous', previous }],
    ];
    for (const [value, problem] of cases) {
      expect(await desk.submit(meter, single(value)), value).toEqual({
        status: 'needs_fix',
        problems: [{ zone: 'single', problem }],
      });
    }
    expect((await desk.meterView(meter)).entered).toBeNull();
  });

  it('refuses a fraction on a meter without one, naming the zone', async () => {
    const meter = desk.meters.find((m) => m.zones === 3 && m.fractionDigits === 0)!;
    const values = meter.previous.map((p) => ({
      zone: p.zone,
      value: p.zone === 'T1' ? `${plus(p.value!, '1')}.5` : plus(p.value!, '1'),
    }));
    expect(await desk.submit(meter, values)).toEqual({
      status: 'needs_fix',
      problems: [{ zone: 'T1', problem: { code: 'fraction_not_allowed' } }],
    });
  });

  it('warns about a jump and a rollover, and lets the resident confirm both', async () => {
    const meter = desk.takeSingle((m) => m.averageMonthly[0]!.value !== null);
    const top = '9'.repeat(meter.digitCapacity);
    const jump = await desk.submit(meter, single(top));
    expect(jump).toMatchObject({
      status: 'needs_fix',
      problems: [
        {
          zone: 'single',
          problem: { code: 'jump', averageMonthly: meter.averageMonthly[0]!.value },
        },
      ],
    });
    const high = await desk.submit(meter, single(top), { rollover: false, jump: true });
    expect(high).toMatchObject({ status: 'queued', expectedPeriod: '2026-03' });
    // The queued reading is now the base: a small value is a plausible pass through zero.
    expect((await desk.meterView(meter)).previous).toEqual([{ zone: 'single', value: top }]);
    expect(await desk.submit(meter, single('3'))).toEqual({
      status: 'needs_fix',
      problems: [
        { zone: 'single', problem: { code: 'rollover', previous: top, consumption: '4' } },
      ],
    });
    const wrapped = await desk.submit(meter, single('3'), { rollover: true, jump: false });
    expect(wrapped).toMatchObject({ status: 'queued' });
    if (wrapped.status !== 'queued' || high.status !== 'queued') throw new Error('not queued');
    await waitFor(async () => (await desk.meterView(meter)).entered?.status === 'applied');
    const demoUser = await sql<{ id: number }>`SELECT id FROM users WHERE login = 'demo'`.execute(
      desk.demo.db,
    );
    expect(await desk.serverReadings(high.submission.submissionId)).toEqual([
      {
        zone: 'single',
        value: top,
        period: '2026-03',
        source: 'kiosk',
        user_id: demoUser.rows[0]!.id,
      },
    ]);
    expect((await desk.serverReadings(wrapped.submission.submissionId))[0]).toMatchObject({
      period: '2026-03',
    });
  });

  it('refuses a meter of another account, and zones that are not the meter’s', async () => {
    const [first, second] = desk.accounts;
    const foreign = desk.meters.find((m) => m.accountId === second)!;
    expect(
      await desk.demo.device.raw('readings.submit', {
        accountId: first,
        meterId: foreign.meterId,
        values: single('1'),
        confirmed: noConfirm,
      }),
    ).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const three = desk.meters.find((m) => m.zones === 3)!;
    expect(
      await desk.demo.device.raw('readings.submit', {
        accountId: three.accountId,
        meterId: three.meterId,
        values: single('1'),
        confirmed: noConfirm,
      }),
    ).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});
