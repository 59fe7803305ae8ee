import { describe, expect, it } from 'vitest';

import {
  type MeterSpec,
  checkReading,
  JUMP_FACTOR,
  meterZones,
} from '../../shared/domain/readings.js';

const water: MeterSpec = { zones: 1, digitCapacity: 5, fractionDigits: 3 };
const power: MeterSpec = { zones: 2, digitCapacity: 5, fractionDigits: 0 };

function check(
  meter: MeterSpec,
  value: string,
  previous: string | null = null,
  avg: string | null = null,
) {
  return checkReading({ meter, value, previous, averageMonthly: avg });
}

describe('checkReading: what was typed', () => {
  it('accepts a comma or a point, trims spaces and normalises', () => {
    expect(check(water, '123,4').value).toBe('123.4');
    expect(check(water, '123.4').value).toBe('123.4');
    expect(check(water, '  00123,400 ')).toEqual({
      value: '123.4',
      errors: [],
      warnings: [],
      consumption: null,
    });
  });

  it('reports empty input and non-numbers', () => {
    expect(check(water, '   ')).toEqual({
      value: null,
      errors: [{ code: 'empty' }],
      warnings: [],
      consumption: null,
    });
    for (const typed of ['12a', '1.2.3', '1e5', '1 234', '--1']) {
      expect(check(water, typed).errors, typed).toEqual([{ code: 'not_a_number' }]);
      expect(check(water, typed).value, typed).toBeNull();
    }
  });

  it('refuses negative readings', () => {
    const result = check(water, '-5', '3');
    expect(result.value).toBe('-5');
    expect(result.errors).toEqual([{ code: 'negative' }]);
    expect(result.consumption).toBeNull();
  });

  it('refuses more integer digits than the drum has, ignoring leading zeros', () => {
    expect(check(power, '123456').errors).toEqual([{ code: 'too_many_digits', capacity: 5 }]);
    expect(check(power, '100000').errors).toEqual([{ code: 'too_many_digits', capacity: 5 }]);
    expect(check(power, '99999').errors).toEqual([]);
    expect(check(power, '000012').errors).toEqual([]);
  });

  it('refuses fractions on whole-unit meters and extra fraction digits elsewhere', () => {
    expect(check(power, '12,5').errors).toEqual([{ code: 'fraction_not_allowed' }]);
    expect(check(power, '12,0').errors).toEqual([]);
    expect(check(water, '12.3456').errors).toEqual([
      { code: 'too_many_fraction_digits', allowed: 3 },
    ]);
    expect(check(water, '12.3450').errors).toEqual([]);
    expect(check(power, '123456,5').errors).toEqual([
      { code: 'too_many_digits', capacity: 5 },
      { code: 'fraction_not_allowed' },
    ]);
  });
});

describe('checkReading: against the previous reading', () => {
  it('computes exact decimal consumption', () => {
    expect(check(water, '123,5', '123.45').consumption).toBe('0.05');
    expect(check(water, '0.3', '0.1').consumption).toBe('0.2');
  });

  it('refuses a smaller reading that cannot be a rollover', () => {
    const result = check(power, '100', '500');
    expect(result.errors).toEqual([{ code: 'less_than_previous', previous: '500' }]);
    expect(result.warnings).toEqual([]);
    expect(result.consumption).toBeNull();
  });

  it('warns about a plausible rollover past the digit capacity, until confirmed', () => {
    const result = check(power, '00012', '99990');
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([{ code: 'rollover', previous: '99990', consumption: '22' }]);
    expect(result.consumption).toBe('22');
    const confirmed = checkReading(
      { meter: power, value: '00012', previous: '99990', averageMonthly: null },
      { rollover: true },
    );
    expect(confirmed).toEqual({ value: '12', errors: [], warnings: [], consumption: '22' });
  });

  it('judges a rollover by the average when known, else by 10% of the capacity', () => {
    const small: MeterSpec = { zones: 1, digitCapacity: 4, fractionDigits: 0 };
    // 400 + 10000 − 9000 = 1400: above 10% of 10^4, within 3 × 500.
    expect(check(small, '400', '9000').errors[0]?.code).toBe('less_than_previous');
    expect(check(small, '400', '9000', '500').warnings).toEqual([
      { code: 'rollover', previous: '9000', consumption: '1400' },
    ]);
    expect(check(small, '400', '9000', '100').errors[0]?.code).toBe('less_than_previous');
    expect(check(small, '0', '9000').warnings[0]?.code).toBe('rollover');
  });

  it(`warns when consumption is above ${JUMP_FACTOR}× the average, until confirmed`, () => {
    const result = check(power, '500', '100', '50');
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([
      { code: 'jump', consumption: '400', averageMonthly: '50', ratio: '8' },
    ]);
    const confirmed = checkReading(
      { meter: power, value: '500', previous: '100', averageMonthly: '50' },
      { jump: true },
    );
    expect(confirmed.warnings).toEqual([]);
    expect(confirmed.consumption).toBe('400');
    expect(check(water, '110.5', '100', '3').warnings).toEqual([
      { code: 'jump', consumption: '10.5', averageMonthly: '3', ratio: '3.5' },
    ]);
    expect(check(power, '200', '100', '30').warnings[0]).toMatchObject({ ratio: '3.3' });
  });

  it('does not warn at or below the threshold, the floor, or without a usable average', () => {
    expect(check(power, '250', '100', '50').warnings).toEqual([]);
    expect(check(power, '9', '0', '1').warnings).toEqual([]);
    expect(check(power, '10', '0', '1').warnings).toEqual([]);
    expect(check(power, '11', '0', '1').warnings[0]?.code).toBe('jump');
    expect(check(power, '500', '100', '0').warnings).toEqual([]);
    expect(check(power, '500', '100').warnings).toEqual([]);
  });

  it('can warn of a rollover and a jump together, each confirmed separately', () => {
    const input = { meter: power, value: '5000', previous: '99000', averageMonthly: '100' };
    expect(checkReading(input).warnings.map((w) => w.code)).toEqual(['rollover', 'jump']);
    expect(checkReading(input, { rollover: true }).warnings.map((w) => w.code)).toEqual(['jump']);
    expect(checkReading(input, { rollover: true, jump: true }).warnings).toEqual([]);
    expect(checkReading(input, { rollover: true, jump: true }).consumption).toBe('6000');
  });

  it('throws on an invalid meter spec or stored values, never on typed input', () => {
    expect(() => check({ ...power, digitCapacity: 0 }, '1')).toThrow(RangeError);
    expect(() => check({ ...power, fractionDigits: 1.5 }, '1')).toThrow(RangeError);
    expect(() => check(power, '1', 'abc')).toThrow(RangeError);
    expect(() => check(power, '1', '0', '')).toThrow(RangeError);
  });
});

describe('meterZones', () => {
  it('lists one register per zone', () => {
    expect(meterZones({ ...power, zones: 1 })).toEqual(['single']);
    expect(meterZones(power)).toEqual(['T1', 'T2']);
    expect(meterZones({ ...power, zones: 3 })).toEqual(['T1', 'T2', 'T3']);
  });
});
