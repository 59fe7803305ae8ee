import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
  chargeLineTotal,
  closingBalance,
  sumChargeLines,
  sumKopecks,
} from '../../shared/domain/balances.js';
import { chargeKopecks } from '../../shared/domain/charges.js';
import { parseDecimal } from '../../shared/domain/decimal.js';

const kopecks = fc.integer({ min: -1e11, max: 1e11 });

describe('closingBalance', () => {
  it('is debt at start + charged + recalculation − paid', () => {
    expect(
      closingBalance({
        debtStart: 150_00,
        charged: 4321_55,
        recalculation: -120_00,
        paid: 4000_00,
      }),
    ).toBe(351_55);
    expect(closingBalance({ debtStart: -500_00, charged: 300_00, recalculation: 0, paid: 0 })).toBe(
      -200_00,
    );
  });

  it('refuses anything but safe integer kopecks', () => {
    const base = { debtStart: 0, charged: 0, recalculation: 0, paid: 0 };
    for (const bad of [1.5, Number.NaN, Infinity, 2 ** 53]) {
      expect(() => closingBalance({ ...base, charged: bad })).toThrow(RangeError);
      expect(() => closingBalance({ ...base, paid: bad })).toThrow(RangeError);
    }
    expect(() => sumKopecks([Number.MAX_SAFE_INTEGER, 1])).toThrow(RangeError);
  });

  it('satisfies the balance identity', () => {
    fc.assert(
      fc.property(kopecks, kopecks, kopecks, kopecks, (debtStart, charged, recalculation, paid) => {
        const end = closingBalance({ debtStart, charged, recalculation, paid });
        expect(end + paid).toBe(debtStart + charged + recalculation);
        expect(closingBalance({ debtStart, charged, recalculation, paid: paid + 1 })).toBe(end - 1);
      }),
    );
  });
});

describe('charge lines', () => {
  it('sums lines and their totals', () => {
    const lines = [
      { charged: 1000_00, recalculation: -50_00 },
      { charged: 234_56, recalculation: 0 },
    ];
    expect(chargeLineTotal(lines[0]!)).toBe(950_00);
    expect(sumChargeLines(lines)).toEqual({
      charged: 1234_56,
      recalculation: -50_00,
      total: 1184_56,
    });
    expect(sumChargeLines([])).toEqual({ charged: 0, recalculation: 0, total: 0 });
  });

  it('the total of the sums is the sum of the line totals', () => {
    const line = fc.record({ charged: kopecks, recalculation: kopecks });
    fc.assert(
      fc.property(fc.array(line, { maxLength: 20 }), (lines) => {
        expect(sumChargeLines(lines).total).toBe(sumKopecks(lines.map(chargeLineTotal)));
      }),
    );
  });
});

describe('chargeKopecks', () => {
  it('multiplies volume by tariff exactly, rounding half up to the kopeck', () => {
    expect(chargeKopecks('12.345', '5.67')).toBe(7000); // 69.99615 ₽
    expect(chargeKopecks('3', '43.30')).toBe(129_90);
    expect(chargeKopecks('0.1', '0.05')).toBe(1); // 0.5 kop
    expect(chargeKopecks('0.1', '0.049')).toBe(0); // 0.49 kop
    expect(chargeKopecks('-0.1', '0.05')).toBe(-1);
    expect(chargeKopecks('1,5', '2')).toBe(300);
    expect(() => chargeKopecks('abc', '1')).toThrow(RangeError);
    expect(() => chargeKopecks('1e3', '1')).toThrow(RangeError);
    expect(() => chargeKopecks('100000000000000', '1000')).toThrow(RangeError);
  });

  it('is within half a kopeck of the exact product, and exact for whole kopeck tariffs', () => {
    const decimal = fc
      .tuple(fc.bigInt({ min: 0n, max: 10n ** 6n }), fc.integer({ min: 0, max: 6 }))
      .map(([units, scale]) => ({ units, scale, text: parseText(units, scale) }));
    fc.assert(
      fc.property(decimal, decimal, (volume, tariff) => {
        const charge = BigInt(chargeKopecks(volume.text, tariff.text));
        const scale = 10n ** BigInt(volume.scale + tariff.scale);
        const exactTimesScale = volume.units * tariff.units * 100n; // kopecks × scale
        const error = charge * scale - exactTimesScale;
        expect(error * 2n <= scale && error * 2n > -scale).toBe(true);
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 1e6 }), (v, t) => {
        expect(chargeKopecks(String(v), (t / 100).toFixed(2))).toBe(v * t);
      }),
    );
  });
});

function parseText(units: bigint, scale: number): string {
  const digits = units.toString().padStart(scale + 1, '0');
  const text = scale ? `${digits.slice(0, -scale)}.${digits.slice(-scale)}` : digits;
  expect(parseDecimal(text)).toEqual({ units, scale });
  return text;
}
