import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
  addPeriods,
  comparePeriods,
  currentPeriod,
  formatPeriod,
  isPeriod,
  nextPeriod,
  noticeDeadline,
  parsePeriod,
  paymentDueDate,
  periodOfDate,
  previousPeriod,
  recentPeriods,
} from '../../shared/domain/periods.js';

const period = fc
  .tuple(fc.integer({ min: 1990, max: 2090 }), fc.integer({ min: 1, max: 12 }))
  .map(([year, month]) => formatPeriod(year, month));

describe('periods', () => {
  it('validates and parses YYYY-MM', () => {
    expect(isPeriod('2026-03')).toBe(true);
    for (const bad of ['2026-3', '2026-13', '2026-00', '0000-01', '2026-03-01', '26-03', '']) {
      expect(isPeriod(bad), bad).toBe(false);
    }
    expect(parsePeriod('2026-03')).toEqual({ year: 2026, month: 3 });
    expect(() => parsePeriod('2026-13')).toThrow(RangeError);
    expect(() => formatPeriod(10000, 1)).toThrow(RangeError);
  });

  it('steps across year boundaries', () => {
    expect(nextPeriod('2025-12')).toBe('2026-01');
    expect(previousPeriod('2026-01')).toBe('2025-12');
    expect(addPeriods('2026-03', -15)).toBe('2024-12');
    expect(addPeriods('2026-03', 22)).toBe('2028-01');
    expect(() => nextPeriod('9999-12')).toThrow(RangeError);
  });

  it('compares, lists recent periods and finds the current one', () => {
    expect(['2026-01', '2025-12', '2026-10'].sort(comparePeriods)).toEqual([
      '2025-12',
      '2026-01',
      '2026-10',
    ]);
    expect(recentPeriods('2026-02', 3)).toEqual(['2026-02', '2026-01', '2025-12']);
    expect(recentPeriods('2026-02', 0)).toEqual([]);
    expect(periodOfDate('2026-03-31')).toBe('2026-03');
    const lateUtc = new Date('2026-03-31T21:30:00Z');
    expect(currentPeriod(lateUtc, 'UTC')).toBe('2026-03');
    expect(currentPeriod(lateUtc, 'Europe/Moscow')).toBe('2026-04');
  });

  it('notice by the 1st and payment by the 10th up to February 2026', () => {
    expect(noticeDeadline('2026-02')).toBe('2026-03-01');
    expect(paymentDueDate('2026-02')).toBe('2026-03-10');
    expect(paymentDueDate('2025-12')).toBe('2026-01-10');
  });

  it('notice by the 5th and payment by the 15th from March 2026 (177-ФЗ)', () => {
    expect(noticeDeadline('2026-03')).toBe('2026-04-05');
    expect(paymentDueDate('2026-03')).toBe('2026-04-15');
    expect(paymentDueDate('2026-12')).toBe('2027-01-15');
  });

  it('next and previous are inverse, and order agrees with the step', () => {
    fc.assert(
      fc.property(period, fc.integer({ min: -240, max: 240 }), (p, n) => {
        expect(previousPeriod(nextPeriod(p))).toBe(p);
        expect(addPeriods(addPeriods(p, n), -n)).toBe(p);
        expect(comparePeriods(addPeriods(p, n), p)).toBe(Math.sign(n) || 0);
        const recent = recentPeriods(p, 5);
        expect(recent).toHaveLength(5);
        recent.slice(1).forEach((older, i) => expect(nextPeriod(older)).toBe(recent[i]));
      }),
    );
  });

  it('the due date falls in the month after the period: day 10 before March 2026, 15 from it', () => {
    fc.assert(
      fc.property(period, (p) => {
        const due = paymentDueDate(p);
        const notice = noticeDeadline(p);
        expect(periodOfDate(due)).toBe(nextPeriod(p));
        expect(periodOfDate(notice)).toBe(nextPeriod(p));
        const newRules = p >= '2026-03';
        expect(due.slice(8)).toBe(newRules ? '15' : '10');
        expect(notice.slice(8)).toBe(newRules ? '05' : '01');
      }),
    );
  });
});
