import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { addMonths, isIsoDate, localDate } from '../../shared/domain/dates.js';
import { verificationState } from '../../shared/domain/verification.js';

const isoDate = fc
  .date({
    min: new Date('1990-01-01T00:00:00Z'),
    max: new Date('2090-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));

describe('addMonths', () => {
  it('clamps to the end of shorter months', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-08-31', -2)).toBe('2026-06-30');
    expect(addMonths('2026-11-24', 6)).toBe('2027-05-24');
  });

  it('always yields a real date, and moving back and forth keeps the month', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: -240, max: 240 }), (date, months) => {
        const moved = addMonths(date, months);
        expect(isIsoDate(moved)).toBe(true);
        expect(addMonths(moved, -months).slice(0, 7)).toBe(date.slice(0, 7));
        expect(Number(moved.slice(8)) <= Number(date.slice(8))).toBe(true);
      }),
    );
  });
});

describe('localDate', () => {
  it('uses the region day, not the UTC day', () => {
    const lateUtc = new Date('2026-11-24T20:30:00Z');
    expect(localDate(lateUtc, 'UTC')).toBe('2026-11-24');
    expect(localDate(lateUtc, 'Asia/Yekaterinburg')).toBe('2026-11-25');
  });
});

describe('verificationState', () => {
  const now = new Date('2026-11-24T06:00:00Z');
  const tz = 'Asia/Yekaterinburg';

  it('warns within six months and flags an expired date', () => {
    expect(verificationState('2027-05-24', now, tz)).toEqual({ dueSoon: true, overdue: false });
    expect(verificationState('2027-05-25', now, tz)).toEqual({ dueSoon: false, overdue: false });
    expect(verificationState('2026-11-24', now, tz)).toEqual({ dueSoon: true, overdue: false });
    expect(verificationState('2026-11-23', now, tz)).toEqual({ dueSoon: false, overdue: true });
  });

  it('is never both due soon and overdue, and is monotonic in the date', () => {
    fc.assert(
      fc.property(isoDate, isoDate, (a, b) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        const e = verificationState(early, now, tz);
        const l = verificationState(late, now, tz);
        expect(e.dueSoon && e.overdue).toBe(false);
        if (l.overdue) expect(e.overdue).toBe(true);
      }),
    );
  });
});
