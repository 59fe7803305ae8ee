import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { daysOfDelay, penaltyKopecks } from '../../shared/domain/penalties.js';
import { paymentDueDate } from '../../shared/domain/periods.js';

const debt = fc.integer({ min: 0, max: 10_000_000_00 });
const days = fc.integer({ min: 0, max: 2000 });
const rate = fc
  .tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 99 }))
  .map(([whole, hundredths]) => `${whole}.${String(hundredths).padStart(2, '0')}`);

describe('penaltyKopecks (ЖК РФ ст.155 ч.14)', () => {
  it('charges nothing for the first 30 days', () => {
    expect(penaltyKopecks(1000_00, 0, '21')).toBe(0);
    expect(penaltyKopecks(1000_00, 30, '21')).toBe(0);
  });

  it('charges 1/300 of the key rate per day for days 31–90', () => {
    // 1000 ₽ × 21% / 300 = 0.70 ₽ a day
    expect(penaltyKopecks(1000_00, 31, '21')).toBe(70);
    expect(penaltyKopecks(1000_00, 90, '21')).toBe(60 * 70);
  });

  it('charges 1/130 of the key rate per day from day 91', () => {
    // 4200 + 1000 ₽ × 21% / 130 = 4200 + 161.538… kopecks
    expect(penaltyKopecks(1000_00, 91, '21')).toBe(4362);
    // 4200 + 10 × 161.538… = 5815.38…
    expect(penaltyKopecks(1000_00, 100, '21')).toBe(5815);
  });

  it('takes a fractional key rate exactly and rounds half up once', () => {
    expect(penaltyKopecks(1000, 31, '15')).toBe(1); // exactly 0.5 kopeck
    expect(penaltyKopecks(999, 31, '15')).toBe(0); // 0.4995 kopeck
    expect(penaltyKopecks(1000_00, 31, '16,5')).toBe(55);
    expect(penaltyKopecks(1000_00, 31, '16.50')).toBe(55);
  });

  it('refuses negative or fractional debt and days, and a bad rate', () => {
    expect(() => penaltyKopecks(-1, 40, '21')).toThrow(RangeError);
    expect(() => penaltyKopecks(10.5, 40, '21')).toThrow(RangeError);
    expect(() => penaltyKopecks(100, -1, '21')).toThrow(RangeError);
    expect(() => penaltyKopecks(100, 40.5, '21')).toThrow(RangeError);
    expect(() => penaltyKopecks(100, 40, '-1')).toThrow(RangeError);
    expect(() => penaltyKopecks(100, 40, '21%')).toThrow(RangeError);
  });

  it('counts days of delay from the due date', () => {
    expect(daysOfDelay('2026-04-15', '2026-04-10')).toBe(0);
    expect(daysOfDelay('2026-04-15', '2026-04-15')).toBe(0);
    expect(daysOfDelay('2026-04-15', '2026-04-16')).toBe(1);
    const late = daysOfDelay(paymentDueDate('2026-03'), '2026-05-16');
    expect(late).toBe(31);
    expect(penaltyKopecks(1000_00, late, '21')).toBe(70);
    expect(() => daysOfDelay('2026-04-15', 'soon')).toThrow(RangeError);
  });

  it('is zero within 30 days, and grows with days and with debt', () => {
    fc.assert(
      fc.property(debt, debt, days, days, rate, (d1, d2, n1, n2, r) => {
        expect(penaltyKopecks(d1, Math.min(n1, 30), r)).toBe(0);
        const [lowDebt, highDebt] = d1 <= d2 ? [d1, d2] : [d2, d1];
        const [fewDays, manyDays] = n1 <= n2 ? [n1, n2] : [n2, n1];
        expect(penaltyKopecks(lowDebt, n1, r)).toBeLessThanOrEqual(penaltyKopecks(highDebt, n1, r));
        expect(penaltyKopecks(d1, fewDays, r)).toBeLessThanOrEqual(penaltyKopecks(d1, manyDays, r));
      }),
    );
  });

  it('a day past 90 costs more than a day within 31–90', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000_00, max: 10_000_000_00 }), rate, (d, r) => {
        fc.pre(r !== '0.00');
        const lowerDay = penaltyKopecks(d, 31, r);
        const higherDay = penaltyKopecks(d, 91, r) - penaltyKopecks(d, 90, r);
        expect(higherDay).toBeGreaterThanOrEqual(lowerDay);
      }),
    );
  });
});
