import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { formatScaled } from '../../shared/domain/decimal.js';
import {
  type MeterSpec,
  checkReading,
  ROLLOVER_SHARE_PERCENT,
} from '../../shared/domain/readings.js';

const meterSpec: fc.Arbitrary<MeterSpec> = fc.record({
  zones: fc.constantFrom(1 as const, 2 as const, 3 as const),
  digitCapacity: fc.integer({ min: 1, max: 9 }),
  fractionDigits: fc.integer({ min: 0, max: 3 }),
});

/** A reading the meter can show, as units of 10^-fractionDigits. */
const unitsOn = (meter: MeterSpec) =>
  fc.bigInt({ min: 0n, max: 10n ** BigInt(meter.digitCapacity + meter.fractionDigits) - 1n });

const text = (units: bigint, meter: MeterSpec) =>
  formatScaled({ units, scale: meter.fractionDigits });

const typedLike = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.stringMatching(/^\s*-?\d{0,12}([.,]\d{0,5})?\s*$/),
);

const previousText = fc.option(
  fc.bigInt({ min: 0n, max: 10n ** 12n }).map((units) => formatScaled({ units, scale: 3 })),
);

describe('checkReading properties', () => {
  it('never throws on arbitrary typed text', () => {
    fc.assert(
      fc.property(meterSpec, typedLike, previousText, previousText, (meter, value, prev, avg) => {
        const result = checkReading({ meter, value, previous: prev, averageMonthly: avg });
        expect(result.value === null).toBe(
          result.errors.some((e) => e.code === 'empty' || e.code === 'not_a_number'),
        );
      }),
    );
  });

  it('normalisation is idempotent and keeps the verdict', () => {
    fc.assert(
      fc.property(meterSpec, typedLike, previousText, (meter, value, previous) => {
        const first = checkReading({ meter, value, previous, averageMonthly: null });
        if (first.value === null) return;
        const again = checkReading({ meter, value: first.value, previous, averageMonthly: null });
        expect(again).toEqual(first);
      }),
    );
  });

  it('a value equal to the previous one has consumption 0 and no problems', () => {
    fc.assert(
      fc.property(
        meterSpec.chain((m) => fc.tuple(fc.constant(m), unitsOn(m), previousText)),
        ([meter, units, averageMonthly]) => {
          const previous = text(units, meter);
          const value = previous.replace('.', ',');
          const result = checkReading({ meter, value, previous, averageMonthly });
          expect(result).toEqual({ value: previous, errors: [], warnings: [], consumption: '0' });
        },
      ),
    );
  });

  it('monotonic readings within capacity never error, and consume the difference', () => {
    fc.assert(
      fc.property(
        meterSpec.chain((m) => fc.tuple(fc.constant(m), unitsOn(m), unitsOn(m))),
        ([meter, a, b]) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          const result = checkReading({
            meter,
            value: text(high, meter),
            previous: text(low, meter),
            averageMonthly: null,
          });
          expect(result.errors).toEqual([]);
          expect(result.consumption).toBe(text(high - low, meter));
        },
      ),
    );
  });

  it('a smaller reading is a rollover of value + 10^capacity − previous, or an error', () => {
    const smaller = (m: MeterSpec) => {
      const full = 10n ** BigInt(m.digitCapacity + m.fractionDigits);
      const anyPair = fc
        .tuple(unitsOn(m), unitsOn(m))
        .filter(([a, b]) => a !== b)
        .map(([a, b]): [bigint, bigint] => (a < b ? [a, b] : [b, a]));
      // A wrap by a small consumption c: previous in [full − c, full), value = previous + c − full.
      const wrap = fc
        .bigInt({ min: 1n, max: full - 1n })
        .chain((c) =>
          fc
            .bigInt({ min: full - c, max: full - 1n })
            .map((p): [bigint, bigint] => [p + c - full, p]),
        );
      return fc.tuple(fc.constant(m), fc.oneof(anyPair, wrap));
    };
    let rollovers = 0;
    fc.assert(
      fc.property(meterSpec.chain(smaller), fc.boolean(), ([meter, [value, previous]], confirm) => {
        const full = 10n ** BigInt(meter.digitCapacity + meter.fractionDigits);
        const wrapped = text(value + full - previous, meter);
        const plausible = (value + full - previous) * 100n <= full * BigInt(ROLLOVER_SHARE_PERCENT);
        const result = checkReading(
          {
            meter,
            value: text(value, meter),
            previous: text(previous, meter),
            averageMonthly: null,
          },
          { rollover: confirm },
        );
        if (!plausible) {
          expect(result.errors).toEqual([
            { code: 'less_than_previous', previous: text(previous, meter) },
          ]);
          expect(result.consumption).toBeNull();
          return;
        }
        rollovers += 1;
        expect(result.errors).toEqual([]);
        expect(result.consumption).toBe(wrapped);
        expect(result.warnings).toEqual(
          confirm
            ? []
            : [{ code: 'rollover', previous: text(previous, meter), consumption: wrapped }],
        );
      }),
      { numRuns: 300 },
    );
    expect(rollovers).toBeGreaterThan(10);
  });
});
