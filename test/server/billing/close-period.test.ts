import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';

import { closePeriod } from '../../../server/billing/close-period.js';
import { HttpError } from '../../../server/http/errors.js';
import { backends, openTestCentral, type TestCentral } from '../../support/central-fixture.js';
import { chargeOf, readingsOf } from './charge-views.js';
import { addAccount, addPayment, addReading } from './fixture-accounts.js';
import { type BillingRegion, seedBillingRegion } from './fixture.js';

const NOW = new Date('2026-12-01T10:00:00Z');
const PERIODS = ['2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08'];

describe.each(backends)('period close rules on %s', (backend) => {
  let tc: TestCentral;
  let region: BillingRegion;
  const ids: Record<string, { accountId: number; meters: Record<string, number | undefined> }> = {};
  const db = () => tc.central;
  const electricity = (name: string, period: string) =>
    chargeOf(db(), ids[name]!.accountId, region.services.electricity, period);

  beforeAll(async () => {
    tc = await openTestCentral(backend, inject('postgresUrl'));
    region = await seedBillingRegion(tc.central);
    const only = (meters: Parameters<typeof addAccount>[2]['meters'], residents = 2) =>
      addAccount(tc.central, region, { services: ['electricity'], meters, residents });
    ids.steady = await only([{ service: 'electricity', digitCapacity: 5, fractionDigits: 1 }]);
    ids.twoZone = await only([{ service: 'electricity', zones: 2 }]);
    ids.threeZone = await only([{ service: 'electricity', zones: 3 }]);
    ids.rollover = await only([{ service: 'electricity', digitCapacity: 4 }]);
    ids.silent = await only([{ service: 'electricity' }]);
    ids.over = await only([{ service: 'electricity' }]);
    ids.failed = await only([{ service: 'electricity', nextVerificationOn: '2026-03-15' }]);
    ids.unread = await only([{ service: 'electricity' }]);
    ids.opened = await only([{ service: 'electricity' }]);
    ids.unmetered = await addAccount(tc.central, region, { residents: 3, area: '50.00' });
    ids.water = await addAccount(tc.central, region, {
      services: ['cold_water', 'hot_water', 'sewerage'],
      meters: [
        { service: 'cold_water', fractionDigits: 3, digitCapacity: 5 },
        { service: 'hot_water', fractionDigits: 3, digitCapacity: 5 },
      ],
    });
    const read = (name: string, period: string, ...values: string[]) =>
      addReading(tc.central, ids[name]!.meters.electricity!, period, values);
    await read('steady', '2026-01', '1000.0');
    await read('steady', '2026-02', '1150.5');
    await read('steady', '2026-03', '1300.0');
    await addPayment(
      tc.central,
      ids.steady!.accountId,
      region.services.electricity,
      '2026-02',
      50_000,
    );
    await read('twoZone', '2026-01', '500', '200');
    await read('twoZone', '2026-02', '600', '250');
    await read('threeZone', '2026-01', '100', '100', '100');
    await read('threeZone', '2026-02', '130', '150', '160');
    await read('rollover', '2026-01', '9950');
    await read('rollover', '2026-02', '30');
    for (const [period, value] of [
      ['2026-01', '100'],
      ['2026-02', '200'],
      ['2026-03', '250'],
      ['2026-08', '900'],
    ])
      await read('silent', period!, value!);
    for (const [period, value] of [
      ['2026-01', '100'],
      ['2026-02', '300'],
      ['2026-03', '500'],
      ['2026-05', '550'],
    ])
      await read('over', period!, value!);
    for (const [period, value] of [
      ['2026-01', '100'],
      ['2026-02', '200'],
      ['2026-03', '300'],
    ])
      await read('failed', period!, value!);
    await read('opened', '2026-01', '100');
    const water = ids.water!.meters;
    await addReading(tc.central, water.cold_water!, '2026-01', ['10.000']);
    await addReading(tc.central, water.cold_water!, '2026-02', ['14.500']);
    await addReading(tc.central, water.hot_water!, '2026-01', ['5.000']);
    await addReading(tc.central, water.hot_water!, '2026-02', ['7.250']);
    for (const period of PERIODS) {
      await closePeriod(tc.central, { regionCode: region.code, period, now: NOW });
    }
  });
  afterAll(() => tc?.dispose());

  it('charges by meter: consumption × price, one line with the readings used', async () => {
    const feb = await electricity('steady', '2026-02');
    expect(feb).toMatchObject({ method: 'meter', reason: null, streak: null, volume: '150.5' });
    expect(feb).toMatchObject({ tariff: '6', coefficient: '1', charged: 90_300, recalculation: 0 });
    expect(feb!.lines).toEqual([
      { zone: 'single', start: '1000', end: '1150.5', volume: '150.5', price: '6', amount: 90_300 },
    ]);
  });

  it('chains balances: debt at the start is the previous debt at the end, payments reduce it', async () => {
    const feb = await electricity('steady', '2026-02');
    const mar = await electricity('steady', '2026-03');
    expect(feb).toMatchObject({ debtStart: 0, paid: 50_000, debtEnd: 40_300 });
    expect(mar).toMatchObject({ debtStart: 40_300, charged: 89_700, paid: 0, debtEnd: 130_000 });
  });

  it('prices each zone from the scheme of the meter (two-zone day ≠ three-zone peak)', async () => {
    const two = await electricity('twoZone', '2026-02');
    expect(two!.lines.map((l) => [l.zone, l.volume, l.price, l.amount])).toEqual([
      ['T1', '100', '7', 70_000],
      ['T2', '50', '3', 15_000],
    ]);
    expect(two).toMatchObject({ volume: '150', tariff: '5.6667', charged: 85_000 });
    const three = await electricity('threeZone', '2026-02');
    expect(three!.lines.map((l) => [l.zone, l.volume, l.price, l.amount])).toEqual([
      ['T1', '30', '8', 24_000],
      ['T2', '50', '3', 15_000],
      ['T3', '60', '6', 36_000],
    ]);
    expect(three).toMatchObject({ volume: '140', tariff: '5.3571', charged: 75_000 });
  });

  it('counts a rollover past the drum capacity', async () => {
    const feb = await electricity('rollover', '2026-02');
    expect(feb).toMatchObject({ method: 'meter', volume: '80', charged: 48_000 });
    expect(feb!.lines[0]).toMatchObject({ start: '9950', end: '30', volume: '80' });
  });

  it('estimates by average for three periods in a row, then by normative, with calculated readings', async () => {
    const rows = [];
    for (const period of ['2026-04', '2026-05', '2026-06', '2026-07']) {
      const c = await electricity('silent', period);
      rows.push([c!.method, c!.reason, c!.streak, c!.volume, c!.coefficient, c!.lines[0]!.start]);
    }
    expect(rows).toEqual([
      ['average', 'no_reading', 1, '75', '1', null],
      ['average', 'no_reading', 2, '75', '1', null],
      ['average', 'no_reading', 3, '75', '1', null],
      ['normative', 'average_exhausted', null, '160', '1', null],
    ]);
    const meterId = ids.silent!.meters.electricity!;
    const calculated = [];
    for (const period of ['2026-04', '2026-05', '2026-06', '2026-07'])
      calculated.push(...(await readingsOf(db(), meterId, period)));
    expect(calculated.map((r) => [r.value, r.source])).toEqual([
      ['325', 'average'],
      ['400', 'average'],
      ['475', 'average'],
      ['635', 'normative'],
    ]);
  });

  it('recalculates estimated periods when a real reading follows (consumption above the estimates)', async () => {
    // Base 250 (March), 900 in August: 650 over 5 periods; August's share 130, the four estimated
    // ones should have had 520 and were charged 75 × 3 + 160 = 385; 135 more at 6.50.
    const aug = await electricity('silent', '2026-08');
    expect(aug).toMatchObject({ method: 'meter', volume: '130', tariff: '6.5', charged: 84_500 });
    expect(aug).toMatchObject({ recalculation: 87_750 });
    expect(aug!.lines[0]).toMatchObject({ start: '250', end: '900' });
  });

  it('recalculates downwards when the estimate was too high', async () => {
    // Average 200 charged in April; May's 550 against March's 500 is 50 over 2 periods.
    const apr = await electricity('over', '2026-04');
    expect(apr).toMatchObject({ method: 'average', volume: '200', streak: 1 });
    const may = await electricity('over', '2026-05');
    expect(may).toMatchObject({ method: 'meter', volume: '25', charged: 15_000 });
    expect(may).toMatchObject({ recalculation: -105_000 });
    expect(may!.debtEnd).toBe(may!.debtStart + may!.charged + may!.recalculation - may!.paid);
  });

  it('treats an expired verification as no reading: average, then normative × 1.5', async () => {
    const rows = [];
    for (const period of ['2026-02', '2026-03', '2026-04', '2026-05', '2026-06']) {
      const c = await electricity('failed', period);
      rows.push([c!.method, c!.reason, c!.streak, c!.volume, c!.coefficient]);
    }
    expect(rows).toEqual([
      ['meter', null, null, '100', '1'],
      ['average', 'verification_expired', 1, '100', '1'],
      ['average', 'verification_expired', 2, '100', '1'],
      ['average', 'verification_expired', 3, '100', '1'],
      ['normative', 'verification_expired', null, '160', '1.5'],
    ]);
    expect((await electricity('failed', '2026-06'))!.charged).toBe(144_000);
  });

  it('charges by normative at once without any history, continuing from the last reading', async () => {
    const unread = await electricity('unread', '2026-02');
    expect(unread).toMatchObject({ method: 'normative', reason: 'no_reading', volume: '160' });
    expect(await readingsOf(db(), ids.unread!.meters.electricity!, '2026-02')).toEqual([]);
    const opened = await electricity('opened', '2026-02');
    expect(opened).toMatchObject({ method: 'normative', reason: 'no_reading', volume: '160' });
    expect(await readingsOf(db(), ids.opened!.meters.electricity!, '2026-02')).toEqual([
      { zone: 'single', value: '260', source: 'normative' },
    ]);
  });

  it('charges services without a meter by normative × 1.5, heating by area, waste per resident', async () => {
    const of = (service: keyof BillingRegion['services']) =>
      chargeOf(db(), ids.unmetered!.accountId, region.services[service], '2026-02');
    const view = async (service: keyof BillingRegion['services']) => {
      const c = (await of(service))!;
      return [c.method, c.reason, c.volume, c.coefficient, c.charged, c.lines.length];
    };
    expect(await view('electricity')).toEqual(['normative', 'no_meter', '240', '1.5', 216_000, 0]);
    expect(await view('cold_water')).toEqual(['normative', 'no_meter', '15', '1.5', 90_000, 0]);
    expect(await view('hot_water')).toEqual(['normative', 'no_meter', '9', '1.5', 270_000, 0]);
    expect(await view('sewerage')).toEqual(['normative', null, '24', '1', 72_000, 0]);
    expect(await view('heating')).toEqual(['area', null, '1', '1', 200_000, 0]);
    expect(await view('waste')).toEqual(['normative', null, '3', '1', 30_000, 0]);
  });

  it('charges sewerage as the metered cold + hot water volumes', async () => {
    const of = (service: keyof BillingRegion['services']) =>
      chargeOf(db(), ids.water!.accountId, region.services[service], '2026-02');
    expect(await of('cold_water')).toMatchObject({
      method: 'meter',
      volume: '4.5',
      charged: 18_000,
    });
    expect(await of('hot_water')).toMatchObject({
      method: 'meter',
      volume: '2.25',
      charged: 45_000,
    });
    expect(await of('sewerage')).toMatchObject({
      method: 'meter',
      volume: '6.75',
      charged: 20_250,
    });
  });

  it('marks every closed period closed, once', async () => {
    const rows = await db()
      .db.selectFrom('billing_periods')
      .select(['period', 'status'])
      .where('region_id', '=', region.id)
      .orderBy('period')
      .execute();
    expect(rows).toEqual(PERIODS.map((period) => ({ period, status: 'closed' })));
  });

  it('refuses a closed period, a skipped one, an earlier one and an unknown region', async () => {
    const attempt = (period: string, regionCode = region.code) =>
      closePeriod(tc.central, { regionCode, period, now: NOW }).then(
        () => 'closed',
        (error: unknown) => (error instanceof HttpError ? error.code : String(error)),
      );
    expect(await attempt('2026-08')).toBe('period_already_closed');
    expect(await attempt('2026-10')).toBe('period_out_of_order');
    expect(await attempt('2026-01')).toBe('period_out_of_order');
    expect(await attempt('2026-09', 'nowhere')).toBe('region_unknown');
  });
});
