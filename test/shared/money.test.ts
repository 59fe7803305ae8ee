import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { parseAccountNumber } from '../../shared/domain/account-number.js';
import { formatDecimal, formatKopecks } from '../../shared/domain/money.js';
import { formatPhone } from '../../shared/domain/phone.js';

describe('formatKopecks', () => {
  it('prints roubles with a comma and grouped thousands', () => {
    expect(formatKopecks(0)).toBe('0,00');
    expect(formatKopecks(5)).toBe('0,05');
    expect(formatKopecks(123456)).toBe('1\u00a0234,56');
    expect(formatKopecks(-197)).toBe('−1,97');
  });

  it('round-trips every safe amount exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e13, max: 1e13 }), (kopecks) => {
        const text = formatKopecks(kopecks)
          .replace(/\u00a0/g, '')
          .replace('−', '-')
          .replace(',', '');
        expect(Number(text)).toBe(kopecks);
      }),
    );
  });

  it('refuses fractions of a kopeck', () => {
    expect(() => formatKopecks(1.5)).toThrow(RangeError);
  });
});

describe('small formatters', () => {
  it('formats decimals and phones the way the manual prints them', () => {
    expect(formatDecimal('1.97')).toBe('1,97');
    expect(formatPhone('+79031234567')).toBe('+7 (903) 123 45 67');
    expect(formatPhone('12345')).toBe('12345');
  });

  it('accepts account numbers typed with spaces or dashes only when 10 digits remain', () => {
    expect(parseAccountNumber('123 456-7890')).toBe('1234567890');
    fc.assert(
      fc.property(fc.string(), (input) => {
        const parsed = parseAccountNumber(input);
        if (parsed !== null) expect(parsed).toMatch(/^\d{10}$/);
      }),
    );
  });
});
