import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { sumLines, zoneLines } from '../../../server/billing/charge-lines.js';
import {
  periodsBetween,
  spreadOverSpan,
  zoneConsumption,
} from '../../../server/billing/consumption.js';
import { fromScaled } from '../../../server/billing/decimal.js';
import { estimatedGap, estimatePeriod, normativeVolume } from '../../../server/billing/estimate.js';
import {
  lastDayOf,
  type MeterChargeInput,
  meterCharge,
  verificationExpired,
} from '../../../server/billing/meter-charge.js';
import {
  heatingVolume,
  perResidentVolume,
  weakestMethod,
} from '../../../server/billing/service-rules.js';
import { splitByZones } from '../../../server/billing/zones.js';

const dial = { digitCapacity: 5, fractionDigits: 0 };

describe('real consumption', () => {
  it('is the difference of two readings, plus a turn of the drum after a rollover', () => {
    expect(zoneConsumption('1000', '1150', dial)).toBe(150n);
    expect(zoneConsumption('99990', '12', dial)).toBe(22n);
    expect(zoneConsumption('99.995', '0.005', { digitCapacity: 2, fractionDigits: 3 })).toBe(10n);
    expect(zoneConsumption('7', '7', dial)).toBe(0n);
  });

  it('counts periods between two periods across years', () => {
    expect(periodsBetween('2025-11', '2026-02')).toBe(3);
    expect(periodsBetween('2026-02', '2026-02')).toBe(0);
  });

  it('spreads over a span so that the share and the estimated periods add up to the whole', () => {
    expect(spreadOverSpan([650n], 5, [385n])).toEqual({ share: [130n], correction: [135n] });
    expect(spreadOverSpan([50n], 2, [200n])).toEqual({ share: [25n], correction: [-175n] });
    expect(spreadOverSpan([40n], 1, [999n])).toEqual({ share: [40n], correction: [0n] });
    fc.assert(
      fc.property(
        fc.array(fc.bigInt({ min: 0n, max: 10n ** 12n }), { minLength: 1, maxLength: 3 }),
        fc.integer({ min: 2, max: 40 }),
        fc.array(fc.bigInt({ min: 0n, max: 10n ** 12n }), { minLength: 3, maxLength: 3 }),
        (real, periods, before) => {
          const { share, correction } = spreadOverSpan(real, periods, before);
          real.forEach((r, z) => {
            expect(share[z]! + correction[z]! + before[z]!).toBe(r);
            expect(share[z]! >= 0n && share[z]! <= r).toBe(true);
          });
        },
      ),
    );
  });
});

describe('estimates without a reading', () => {
  const average = [75n];
  const estimate = (gap: number, options: { failed?: boolean; history?: boolean } = {}) =>
    estimatePeriod({
      gap,
      failed: options.failed ?? false,
      average: options.history === false ? null : average,
      zones: 1,
      normativeTotal: () => 160n,
    });

  it('counts the streak from the previous charge', () => {
    expect(estimatedGap(null)).toBe(1);
    expect(estimatedGap({ method: 'meter', reason: null, streak: null })).toBe(1);
    expect(estimatedGap({ method: 'average', reason: 'no_reading', streak: 2 })).toBe(3);
    expect(estimatedGap({ method: 'normative', reason: 'average_exhausted', streak: null })).toBe(
      4,
    );
    // A normative for a missing meter: the meter is new, its streak starts over.
    expect(estimatedGap({ method: 'normative', reason: 'no_meter', streak: null })).toBe(1);
  });

  it('uses the average for periods 1 to 3, then the normative', () => {
    expect([1, 2, 3, 4].map((gap) => [estimate(gap).method, estimate(gap).streak])).toEqual([
      ['average', 1],
      ['average', 2],
      ['average', 3],
      ['normative', null],
    ]);
    expect(estimate(4)).toMatchObject({ reason: 'average_exhausted', coefficient: '1' });
  });

  it('goes to the normative at once without history, and raises it 1.5 on a failed meter', () => {
    expect(estimate(1, { history: false })).toMatchObject({
      method: 'normative',
      reason: 'no_reading',
      volumes: [160n],
    });
    expect(estimate(2, { failed: true })).toMatchObject({
      method: 'average',
      reason: 'verification_expired',
      coefficient: '1',
    });
    expect(estimate(4, { failed: true })).toMatchObject({
      method: 'normative',
      reason: 'verification_expired',
      coefficient: '1.5',
    });
  });

  it('computes the normative per resident on the meter scale and splits it across zones', () => {
    expect(normativeVolume('4.85', 3, 3)).toBe(14_550n);
    expect(normativeVolume('0.0125', 1, 2)).toBe(1n);
    expect(splitByZones(1000n, 3)).toEqual([250n, 300n, 450n]);
    expect(splitByZones(1001n, 2)).toEqual([701n, 300n]);
  });

  it('fails a meter whose verification ends before the last day of the period', () => {
    expect(lastDayOf('2024-02')).toBe('2024-02-29');
    expect(verificationExpired('2026-03-30', '2026-03')).toBe(true);
    expect(verificationExpired('2026-03-31', '2026-03')).toBe(false);
    expect(verificationExpired('2026-02-15', '2026-03')).toBe(true);
  });
});

describe('a metered charge', () => {
  const base: MeterChargeInput = {
    period: '2026-05',
    meter: {
      id: 1,
      zones: 2,
      digitCapacity: 5,
      fractionDigits: 1,
      nextVerificationOn: '2030-01-01',
    },
    readings: {
      current: ['1100.5', '420'],
      base: { period: '2026-04', values: ['1000', '400'] },
      last: null,
    },
    history: { previous: null, average: null, span: null },
    prices: ['7.1', '3.97'],
    normativeTotal: () => 1_600n,
  };

  it('prices each zone and sums the lines into the charge', () => {
    const charge = meterCharge(base);
    expect(charge.lines.map((l) => [l.zone, l.volume, l.price, l.amount])).toEqual([
      ['T1', '100.5', '7.1', 71_355],
      ['T2', '20.0', '3.97', 7_940],
    ]);
    expect(sumLines(charge.lines, 1)).toEqual({
      volume: '120.5',
      tariff: '6.5805',
      charged: 79_295,
    });
  });

  it('continues calculated readings from the last reading, around the drum', () => {
    const charge = meterCharge({
      ...base,
      readings: { current: null, base: null, last: ['99990.0', '5'] },
      history: { previous: null, average: [205n, 100n], span: null },
    });
    expect(charge).toMatchObject({ method: 'average', streak: 1, recalculation: 0 });
    expect(charge.calculated).toEqual([
      { zone: 'T1', value: '10.5', source: 'average' },
      { zone: 'T2', value: '15.0', source: 'average' },
    ]);
    expect(charge.lines.every((l) => l.readingStart === null && l.readingEnd === null)).toBe(true);
  });

  it('ignores real readings of a failed meter', () => {
    const charge = meterCharge({
      ...base,
      meter: { ...base.meter, nextVerificationOn: '2026-05-10' },
      history: { previous: null, average: null, span: null },
    });
    expect(charge).toMatchObject({
      method: 'normative',
      reason: 'verification_expired',
      coefficient: '1.5',
    });
    expect(charge.lines.map((l) => l.volume)).toEqual(['112.0', '48.0']);
  });

  it('does not recalculate periods charged on a failed meter, but still spreads the span', () => {
    const charge = meterCharge({
      ...base,
      readings: { ...base.readings, base: { period: '2026-02', values: ['1000', '400'] } },
      history: {
        previous: null,
        average: null,
        span: { volumes: [10n, 10n], recalculable: false },
      },
    });
    expect(charge.lines.map((l) => l.volume)).toEqual(['33.5', '6.7']);
    expect(charge.recalculation).toBe(0);
  });

  it('keeps real volumes non-negative and charged = Σ lines for any readings (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 1, max: 12 }),
        fc.array(
          fc.tuple(
            fc.double({ min: 0, max: 1, noNaN: true }),
            fc.double({ min: 0, max: 1, noNaN: true }),
          ),
          {
            minLength: 3,
            maxLength: 3,
          },
        ),
        fc.array(fc.integer({ min: 0, max: 99_999 }), { minLength: 3, maxLength: 3 }),
        (zones, capacity, fractionDigits, span, positions, cents) => {
          const turn = 10 ** (capacity + fractionDigits);
          const at = (share: number) =>
            fromScaled(BigInt(Math.floor(share * (turn - 1))), fractionDigits);
          const input: MeterChargeInput = {
            ...base,
            meter: {
              id: 1,
              zones: zones as 1 | 2 | 3,
              digitCapacity: capacity,
              fractionDigits,
              nextVerificationOn: '2030-01-01',
            },
            readings: {
              current: positions.slice(0, zones).map(([, end]) => at(end)),
              base: {
                period: `2026-0${5 - Math.min(span, 4)}`,
                values: positions.slice(0, zones).map(([start]) => at(start)),
              },
              last: null,
            },
            history: {
              previous: null,
              average: null,
              span: { volumes: [0n, 0n, 0n].slice(0, zones), recalculable: true },
            },
            prices: cents.slice(0, zones).map((c) => fromScaled(BigInt(c), 2)),
          };
          const charge = meterCharge(input);
          expect(charge.method).toBe('meter');
          expect(charge.lines).toHaveLength(zones);
          for (const line of charge.lines) expect(line.volume.startsWith('-')).toBe(false);
          const total = sumLines(charge.lines, fractionDigits);
          expect(total.charged).toBe(charge.lines.reduce((s, l) => s + l.amount, 0));
          expect(charge.recalculation).toBeGreaterThanOrEqual(0);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('services without a meter', () => {
  it('charges heating by area × norm, a normative per resident, sewerage as the weakest water line', () => {
    expect(heatingVolume('54.30', '0.0220')).toBe('1.1946');
    expect(heatingVolume('33.33', '0.0123')).toBe('0.4100');
    expect(perResidentVolume('4.85', 3)).toBe('14.5500');
    expect(perResidentVolume('1', 0)).toBe('0.0000');
    expect(weakestMethod(['meter', 'average'])).toBe('average');
    expect(weakestMethod(['normative', 'meter'])).toBe('normative');
    expect(weakestMethod([])).toBe('normative');
  });

  it('prices zone lines with the raising coefficient', () => {
    const lines = zoneLines({
      zones: ['single'],
      volumes: [160n],
      fractionDigits: 0,
      prices: ['6'],
      coefficient: '1.5',
    });
    expect(lines[0]).toMatchObject({ volume: '160', amount: 144_000, readingStart: null });
  });
});
