import { describe, expect, it } from 'vitest';

import type { ChargeServiceView } from '../../shared/contract/billing-views.js';
import {
  explainCharge,
  isUnitCoefficient,
} from '../../renderer/components/charges/charge-explanation.js';
import { formatPrice, formatQuantity } from '../../renderer/format/decimals.js';
import { formatLongDate, formatPeriodName } from '../../renderer/format/long-dates.js';
import { ru } from '../../renderer/locales/ru.js';
import {
  byAverageCharge,
  byMeterCharge,
  byNormativeCharge,
  noMeterCharge,
} from './support/charges-fixtures.js';

const keys = (charge: ChargeServiceView) => explainCharge(charge).map((s) => s.key);

describe('explainCharge', () => {
  it('a charge by meter: the meter sentence only, no formula (the zones tell it)', () => {
    expect(keys(byMeterCharge)).toEqual(['charges.explain.byMeter']);
  });

  it.each([
    ['average', 'no_reading', 2, 'charges.explain.average.no_reading'],
    ['average', 'verification_expired', 3, 'charges.explain.average.verification_expired'],
    ['average', 'no_reading', null, 'charges.explain.average.other'],
    ['average', null, 1, 'charges.explain.average.other'],
    ['normative', 'average_exhausted', null, 'charges.explain.normative.average_exhausted'],
    ['normative', 'verification_expired', null, 'charges.explain.normative.verification_expired'],
    ['normative', 'no_meter', null, 'charges.explain.normative.no_meter'],
    ['normative', 'no_reading', null, 'charges.explain.normative.no_reading'],
    ['normative', null, null, 'charges.explain.normative.other'],
    ['area', null, null, 'charges.explain.area'],
  ] as const)('%s because of %s (streak %s) → %s', (method, reason, streak, key) => {
    const [first] = explainCharge({
      ...byAverageCharge,
      method,
      reason,
      estimatedStreak: streak,
    });
    expect(first?.key).toBe(key);
    if (key.endsWith('no_reading') && method === 'average')
      expect(first?.params).toEqual({ streak });
  });

  it('every sentence key exists in the Russian locale', () => {
    const lookup = (key: string) =>
      key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], ru);
    const reasons = ['no_reading', 'verification_expired', 'no_meter', 'average_exhausted', null];
    for (const method of ['meter', 'average', 'normative', 'area'] as const) {
      for (const reason of reasons) {
        for (const sentence of explainCharge({
          ...byNormativeCharge,
          method,
          reason: reason as ChargeServiceView['reason'],
          estimatedStreak: 1,
          recalculation: 500,
        })) {
          expect(typeof lookup(sentence.key), sentence.key).toBe('string');
        }
      }
    }
  });

  it('the coefficient sentence carries the excess over the charge without it', () => {
    const sentences = explainCharge(byNormativeCharge);
    expect(sentences.map((s) => s.key)).toEqual([
      'charges.explain.normative.verification_expired',
      'charges.explain.calculationWithCoefficient',
      'charges.explain.coefficient',
    ]);
    expect(sentences[2]?.params).toEqual({ coefficient: '1,5', excess: '336,80' });
  });

  it('shows a formula only when it reproduces the charged amount to the kopeck', () => {
    expect(keys(byAverageCharge)).toContain('charges.explain.calculation');
    expect(keys({ ...byAverageCharge, charged: byAverageCharge.charged + 1 })).not.toContain(
      'charges.explain.calculation',
    );
  });

  it('adds the recalculation when there is one', () => {
    const sentences = explainCharge(noMeterCharge);
    expect(sentences.at(-1)).toEqual({
      key: 'charges.explain.recalculation',
      params: { amount: '−12,50' },
    });
  });

  it('knows a unit coefficient however it is written', () => {
    expect(['1', '1.0', '1.000', '01'].every(isUnitCoefficient)).toBe(true);
    expect(['1.5', '0.9', '1.01'].some(isUnitCoefficient)).toBe(false);
  });
});

describe('format', () => {
  it('writes quantities and prices with a decimal comma, exactly', () => {
    expect(formatQuantity('001234.500')).toBe('1234,5');
    expect(formatQuantity('99999.999')).toBe('99999,999');
    expect(formatQuantity('abc')).toBe('abc');
    expect(formatPrice('1.9700')).toBe('1,97');
    expect(formatPrice('5.2345')).toBe('5,2345');
    expect(formatPrice('7')).toBe('7,00');
  });

  it('writes dates and periods in words', () => {
    expect(formatLongDate('2017-08-01', 'ru')).toBe('1 августа 2017 г.');
    expect(formatLongDate('2026-12-01', 'en')).toBe('1 December 2026');
    expect(formatPeriodName('2026-11', 'ru')).toBe('ноябрь 2026 г.');
    expect(formatPeriodName('2026-11', 'en')).toBe('November 2026');
    expect(formatLongDate('soon', 'ru')).toBe('soon');
  });
});
