import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
  divRound,
  fromScaled,
  roundDecimal,
  sumDecimals,
  toScaled,
  weightedPrice,
} from '../../../server/billing/decimal.js';
import { chargeKopecks } from '../../../shared/domain/charges.js';

/** A decimal string with up to `maxScale` decimals and its exact value as units / 10^scale. */
const decimal = (maxScale: number, maxUnits = 10_000_000_000n) =>
  fc
    .tuple(fc.bigInt({ min: 0n, max: maxUnits }), fc.integer({ min: 0, max: maxScale }))
    .map(([units, scale]) => ({ text: fromScaled(units, scale), units, scale }));

const abs = (n: bigint) => (n < 0n ? -n : n);

describe('scaled decimals', () => {
  it('round-trips through scaled integers', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 18n), max: 10n ** 18n }),
        fc.integer({ min: 0, max: 6 }),
        (units, scale) => {
          expect(toScaled(fromScaled(units, scale), scale)).toBe(units);
        },
      ),
    );
  });

  it('refuses to drop digits and accepts trailing zeros', () => {
    expect(() => toScaled('1.005', 2)).toThrow(RangeError);
    expect(toScaled('1.500', 2)).toBe(150n);
    expect(() => toScaled('1,5', 2)).toThrow(RangeError);
  });

  it('rounds half away from zero', () => {
    expect(divRound(5n, 2n)).toBe(3n);
    expect(divRound(-5n, 2n)).toBe(-3n);
    expect(divRound(4n, 3n)).toBe(1n);
    expect(roundDecimal('2.345', 2)).toBe('2.35');
    expect(roundDecimal('-2.345', 2)).toBe('-2.35');
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }),
        fc.bigInt({ min: 1n, max: 10n ** 9n }),
        (n, d) => {
          const q = divRound(n, d);
          // |q·d − n| ≤ d/2, and an exact half goes away from zero.
          expect(abs(q * d - n) * 2n <= d).toBe(true);
          if (abs(q * d - n) * 2n === d) expect(abs(q) * d > abs(n)).toBe(true);
        },
      ),
    );
  });
});

describe('charges in kopecks', () => {
  it('multiplies exactly and rounds to the nearest kopeck', () => {
    expect(chargeKopecks('9', '1.97')).toBe(1773); // the manual's 9 kWh × 1,97 = 17,73
    expect(chargeKopecks('0.333', '3.0000', '1.5')).toBe(150); // 1.4985 → 1.50
    expect(chargeKopecks('1.005', '1')).toBe(101); // a float would say 100
    fc.assert(
      fc.property(decimal(4), decimal(4, 100_000_000n), decimal(4, 99_999n), (v, t, c) => {
        const scale = 10n ** BigInt(v.scale + t.scale + c.scale);
        const exact100 = v.units * t.units * c.units * 100n; // exact kopecks × scale
        if (exact100 / scale >= BigInt(Number.MAX_SAFE_INTEGER)) {
          expect(() => chargeKopecks(v.text, t.text, c.text)).toThrow(RangeError);
          return;
        }
        const kopecks = BigInt(chargeKopecks(v.text, t.text, c.text));
        expect(abs(kopecks * scale - exact100) * 2n <= scale).toBe(true);
      }),
    );
  });

  it('sums decimals exactly', () => {
    fc.assert(
      fc.property(fc.array(decimal(3), { maxLength: 8 }), (values) => {
        const expected = values.reduce((acc, v) => acc + v.units * 10n ** BigInt(3 - v.scale), 0n);
        expect(
          toScaled(
            sumDecimals(
              values.map((v) => v.text),
              3,
            ),
            3,
          ),
        ).toBe(expected);
      }),
    );
  });

  it('weights zone prices by volume, rounded to 4 decimals', () => {
    expect(
      weightedPrice([
        { volume: '70', price: '6.88' },
        { volume: '30', price: '3.59' },
      ]),
    ).toBe('5.8930');
    expect(
      weightedPrice([
        { volume: '0', price: '6.88' },
        { volume: '0', price: '3.59' },
      ]),
    ).toBe('6.8800');
    fc.assert(
      fc.property(
        fc.array(fc.tuple(decimal(1, 100_000n), decimal(2, 100_000n)), {
          minLength: 1,
          maxLength: 3,
        }),
        (parts) => {
          const total = parts.reduce((acc, [v]) => acc + v.units * 10n ** BigInt(1 - v.scale), 0n);
          fc.pre(total > 0n);
          const price = toScaled(
            weightedPrice(parts.map(([v, p]) => ({ volume: v.text, price: p.text }))),
            4,
          );
          // Σ v·p in units of 10^-1 · 10^-2, compared with price·Σ v in units of 10^-4 · 10^-1.
          const weighted = parts.reduce(
            (acc, [v, p]) =>
              acc + v.units * 10n ** BigInt(1 - v.scale) * p.units * 10n ** BigInt(2 - p.scale),
            0n,
          );
          expect(abs(price * total - weighted * 100n) * 2n <= total).toBe(true);
        },
      ),
    );
  });
});
