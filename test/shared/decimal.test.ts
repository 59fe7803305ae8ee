import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
  type ScaledDecimal,
  addScaled,
  compareScaled,
  divideScaled,
  formatScaled,
  normalizeDecimal,
  parseDecimal,
  subtractScaled,
} from '../../shared/domain/decimal.js';

const scaled: fc.Arbitrary<ScaledDecimal> = fc.record({
  units: fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }),
  scale: fc.integer({ min: 0, max: 8 }),
});

describe('decimal strings', () => {
  it('normalises separators, leading and trailing zeros', () => {
    expect(normalizeDecimal('123,4')).toBe('123.4');
    expect(normalizeDecimal('0123.40')).toBe('123.4');
    expect(normalizeDecimal(',5')).toBe('0.5');
    expect(normalizeDecimal('7.')).toBe('7');
    expect(normalizeDecimal('-0,000')).toBe('0');
    expect(normalizeDecimal('-0.050')).toBe('-0.05');
    expect(normalizeDecimal('000')).toBe('0');
  });

  it('rejects what is not a plain decimal', () => {
    for (const text of ['', '-', '.', ' 1', '1 000', '1e3', '1.2.3', '1,2,3', '0x10', '½', 'NaN']) {
      expect(parseDecimal(text), text).toBeNull();
    }
  });

  it('divides with half-up rounding', () => {
    expect(formatScaled(divideScaled(parseDecimal('10')!, parseDecimal('3')!, 1))).toBe('3.3');
    expect(formatScaled(divideScaled(parseDecimal('0.25')!, parseDecimal('1')!, 1))).toBe('0.3');
    expect(formatScaled(divideScaled(parseDecimal('0.24')!, parseDecimal('0.1')!, 0))).toBe('2');
  });

  it('formats canonically and round-trips through parsing', () => {
    fc.assert(
      fc.property(scaled, (value) => {
        const text = formatScaled(value);
        expect(text).toMatch(/^-?(0|[1-9]\d*)(\.\d*[1-9])?$/);
        expect(compareScaled(parseDecimal(text)!, value)).toBe(0);
        expect(normalizeDecimal(text)).toBe(text);
        expect(normalizeDecimal(text.replace('.', ','))).toBe(text);
      }),
    );
  });

  it('adds and subtracts exactly', () => {
    fc.assert(
      fc.property(scaled, scaled, (a, b) => {
        const sum = addScaled(a, b);
        expect(compareScaled(subtractScaled(sum, b), a)).toBe(0);
        expect(compareScaled(sum, a)).toBe(b.units > 0n ? 1 : b.units < 0n ? -1 : 0);
      }),
    );
  });
});
