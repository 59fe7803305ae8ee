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
  type Zone = 'single' | 'T1' | 'T2' | 'T3';
  const t = (zoneCount: number, zone: Zone, price: string, validFrom = '2026-07-01') => ({
    zoneCount,
    zone,
    price,
    validFrom,
  });

  it('shows a single-rate tariff as a bare price with a decimal comma', () => {
    expect(tariffParts([t(1, 'single', '1.97')])).toEqual([{ labelKey: null, price: '1,97' }]);
  });

  it('names two zones day and night, and keeps only the newest price per zone', () => {
    expect(
      tariffParts([t(2, 'T2', '3.20'), t(2, 'T1', '5.12', '2025-07-01'), t(2, 'T1', '5.66')]),
    ).toEqual([
      { labelKey: 'services.twoZone.T1', price: '5,66' },
      { labelKey: 'services.twoZone.T2', price: '3,20' },
    ]);
  });

  it('names three zones peak, night and semi-peak', () => {
    expect(tariffParts([t(3, 'T3', '6.62'), t(3, 'T1', '7.61'), t(3, 'T2', '3.97')])).toEqual([
      { labelKey: 'services.threeZone.T1', price: '7,61' },
      { labelKey: 'services.threeZone.T2', price: '3,97' },
      { labelKey: 'services.threeZone.T3', price: '6,62' },
    ]);
  });

  it('names zones by the scheme, not by which zones are present', () => {
    // A two-zone T1 is day even with no T2 price, a three-zone T1 is peak even without T3.
    expect(tariffParts([t(2, 'T1', '7.10')])[0]?.labelKey).toBe('services.twoZone.T1');
    expect(tariffParts([t(3, 'T1', '7.61'), t(3, 'T2', '3.97')])[0]?.labelKey).toBe(
      'services.threeZone.T1',
    );
  });

  it('keeps the day and peak prices of T1 apart when both schemes are shown', () => {
    const parts = tariffParts([
      t(3, 'T1', '7.61'),
      t(2, 'T1', '7.10'),
      t(1, 'single', '6.62'),
      t(2, 'T2', '3.97'),
      t(3, 'T2', '3.97'),
      t(3, 'T3', '6.62'),
    ]);
    expect(parts).toEqual([
      { labelKey: 'services.singleRate', price: '6,62' },
      { labelKey: 'services.twoZone.T1', price: '7,10' },
      { labelKey: 'services.twoZone.T2', price: '3,97' },
      { labelKey: 'services.threeZone.T1', price: '7,61' },
      { labelKey: 'services.threeZone.T2', price: '3,97' },
      { labelKey: 'services.threeZone.T3', price: '6,62' },
    ]);
  });

  it('shows nothing when there is no tariff', () => {
    expect(tariffParts([])).toEqual([]);
  });
});
