import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { centralMeterReadings, centralMeters } from './support/central-readings.js';
import { type DemoDevice, startDemoDevice } from './support/demo-device.js';

const zonesOf = (count: number) => (count === 1 ? ['single'] : ['T1', 'T2', 'T3'].slice(0, count));

describe('readings.getForm: every meter of the account, as the central tables say', () => {
  let demo: DemoDevice;
  let accounts: number[];
  const timeZone = 'Asia/Yekaterinburg';

  beforeAll(async () => {
    demo = await startDemoDevice({
      today: '2026-03-18',
      now: '2026-03-18T06:00:00Z', // 11:00 on 18 March in Orenburg (UTC+5)
      profile: 'kiosk',
    });
    accounts = await demo.signIn('demo');
  });
  afterAll(() => demo?.close());

  it('lists single- and three-zone meters with their readings, average and window', async () => {
    const zoneCounts = new Set<number>();
    const known = { start: false, average: false };
    for (const accountId of accounts) {
      const form = await demo.device.call('readings.getForm', { accountId });
      expect(form.today).toBe('2026-03-18');
      const meters = await centralMeters(demo.db, accountId);
      expect(form.meters.map((m) => m.meterId)).toEqual(meters.map((m) => m.id));
      for (const [i, meter] of meters.entries()) {
        const view = form.meters[i]!;
        const zones = zonesOf(meter.zones);
        const expected = await centralMeterReadings(demo.db, meter.id, '2026-03', timeZone);
        zoneCounts.add(meter.zones);
        known.start ||= zones.some((zone) => expected.start(zone) !== null);
        known.average ||= zones.some((zone) => expected.average(zone) !== null);
        expect(view).toMatchObject({
          serviceName: meter.service_name,
          unit: meter.unit,
          kind: meter.kind,
          zones: meter.zones,
          serial: meter.serial,
          digitCapacity: meter.digit_capacity,
          fractionDigits: meter.fraction_digits,
          nextVerificationOn: meter.next_verification_on,
          verificationOverdue: meter.next_verification_on < '2026-03-18',
          startDate: expected.startDate,
          entered: null,
        });
        expect(view.start).toEqual(zones.map((zone) => ({ zone, value: expected.start(zone) })));
        expect(view.previous).toEqual(
          zones.map((zone) => ({ zone, value: expected.previous(zone) })),
        );
        expect(view.averageMonthly).toEqual(
          zones.map((zone) => ({ zone, value: expected.average(zone) })),
        );
        // 15th–25th by default; on the 18th eight days are left, counting today.
        expect(view.window).toEqual({
          fromDay: meter.window_from,
          toDay: meter.window_to,
          inWindow: true,
          daysLeft: meter.window_to - 18 + 1,
          opensOn: null,
          period: '2026-03',
        });
      }
    }
    expect([...zoneCounts]).toEqual(expect.arrayContaining([1, 3]));
    expect(known).toMatchObject({ start: true, average: true });
  });

  it('refuses an account that is not linked', async () => {
    expect(
      await demo.device.raw('readings.getForm', { accountId: Math.max(...accounts) + 1 }),
    ).toMatchObject({ ok: false, error: { code: 'account_not_linked' } });
  });
});
