import { describe, expect, it } from 'vitest';

import { formatInstant, formatIsoDate } from '../../renderer/format/dates.js';
import { formatCount } from '../../renderer/format/numbers.js';
import { tariffParts } from '../../renderer/format/tariffs.js';

describe('dates', () => {
  it('shows ISO dates as ДД.ММ.ГГГГ', () => {
    expect(formatIsoDate('2027-03-01')).toBe('01.03.2027');
  });

  it('shows an instant on the region wall clock', () => {
    expect(formatInstant('2026-11-24T04:15:00.000Z', 'Asia/Yekaterinburg')).toBe(
      '24.11.2026 09:15',
    );
    expect(formatInstant('2026-11-23T23:30:00.000Z', 'Europe/Moscow')).toBe('24.11.2026 02:30');
  });
});

describe('numbers', () => {
  it('groups thousands with a non-breaking space', () => {
    expect(formatCount(48000)).toBe('48\u00a0000');
    expect(formatCount(1234567)).toBe('1\u00a0234\u00a0567');
    expect(formatCount(999)).toBe('999');
  });
});

describe('tariffs', () => {
  const t = (zone: 'single' | 'T1' | 'T2' | 'T3', price: string, validFrom = '2026-07-01') => ({
    zone,
    price,
    validFrom,
  });

  it('shows a single-rate tariff as a bare price with a decimal comma', () => {
    expect(tariffParts([t('single', '1.97')])).toEqual([{ labelKey: null, price: '1,97' }]);
  });

  it('names two zones day and night, and keeps only the newest price per zone', () => {
    expect(tariffParts([t('T2', '3.20'), t('T1', '5.12', '2025-07-01'), t('T1', '5.66')])).toEqual([
      { labelKey: 'services.twoZone.T1', price: '5,66' },
      { labelKey: 'services.twoZone.T2', price: '3,20' },
    ]);
  });

  it('names three zones peak, night and semi-peak', () => {
    expect(
      tariffParts([t('T3', '5.66'), t('T1', '6.90'), t('T2', '3.20')]).map((p) => p.labelKey),
    ).toEqual(['services.threeZone.T1', 'services.threeZone.T2', 'services.threeZone.T3']);
  });

  it('labels the single rate when zone rates exist beside it', () => {
    expect(tariffParts([t('single', '4.50'), t('T1', '5.66'), t('T2', '3.20')])[0]).toEqual({
      labelKey: 'services.singleRate',
      price: '4,50',
    });
  });

  it('shows nothing when there is no tariff', () => {
    expect(tariffParts([])).toEqual([]);
  });
});
