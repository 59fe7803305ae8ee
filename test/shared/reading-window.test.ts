import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { localDate } from '../../shared/domain/dates.js';
import { currentPeriod, nextPeriod } from '../../shared/domain/periods.js';
import { type ReadingWindow, readingWindowState } from '../../shared/domain/reading-window.js';

const MSK = 'Europe/Moscow';
const at = (iso: string) => new Date(iso);
const window1525: ReadingWindow = { fromDay: 15, toDay: 25 };

// Russian zones keep no daylight saving, so 24 hours later is always the next local day.
const zones = ['UTC', 'Europe/Kaliningrad', MSK, 'Asia/Yekaterinburg', 'Asia/Vladivostok'];
const instant = fc.date({
  min: new Date('2015-01-01T00:00:00Z'),
  max: new Date('2040-12-31T00:00:00Z'),
  noInvalidDate: true,
});
const supplierWindow = fc
  .tuple(fc.integer({ min: 1, max: 31 }), fc.integer({ min: 1, max: 31 }))
  .map(([a, b]): ReadingWindow => ({ fromDay: Math.min(a, b), toDay: Math.max(a, b) }));

describe('readingWindowState', () => {
  it('before the window: not open yet, the reading still counts for this month (ПП 354)', () => {
    expect(readingWindowState(at('2026-03-10T09:00:00Z'), MSK, window1525)).toEqual({
      inWindow: false,
      daysLeft: null,
      opensOn: '2026-03-15',
      period: '2026-03',
    });
  });

  it('inside the window: days left including today, this month', () => {
    expect(readingWindowState(at('2026-03-15T09:00:00Z'), MSK, window1525)).toEqual({
      inWindow: true,
      daysLeft: 11,
      opensOn: null,
      period: '2026-03',
    });
    expect(readingWindowState(at('2026-03-25T20:59:00Z'), MSK, window1525).daysLeft).toBe(1);
  });

  it('after the window: the reading counts for next month, and says when it opens again', () => {
    expect(readingWindowState(at('2026-03-25T21:00:00Z'), MSK, window1525)).toEqual({
      inWindow: false,
      daysLeft: null,
      opensOn: '2026-04-15',
      period: '2026-04',
    });
    expect(readingWindowState(at('2026-12-27T09:00:00Z'), MSK, { fromDay: 20, toDay: 25 })).toEqual(
      { inWindow: false, daysLeft: null, opensOn: '2027-01-20', period: '2027-01' },
    );
  });

  it('uses the region day, not the UTC day', () => {
    const lateUtc = at('2026-03-25T21:30:00Z');
    expect(readingWindowState(lateUtc, 'UTC', window1525).inWindow).toBe(true);
    expect(readingWindowState(lateUtc, MSK, window1525).period).toBe('2026-04');
  });

  it('clamps window days to the month length', () => {
    expect(readingWindowState(at('2026-04-30T09:00:00Z'), MSK, { fromDay: 20, toDay: 31 })).toEqual(
      { inWindow: true, daysLeft: 1, opensOn: null, period: '2026-04' },
    );
    expect(readingWindowState(at('2026-02-28T09:00:00Z'), MSK, { fromDay: 30, toDay: 31 })).toEqual(
      { inWindow: true, daysLeft: 1, opensOn: null, period: '2026-02' },
    );
    expect(
      readingWindowState(at('2026-01-31T09:00:00Z'), MSK, { fromDay: 15, toDay: 26 }).opensOn,
    ).toBe('2026-02-15');
    expect(
      readingWindowState(at('2026-01-31T09:00:00Z'), MSK, { fromDay: 30, toDay: 31 }).opensOn,
    ).toBe(null);
  });

  it('rejects a malformed window', () => {
    for (const bad of [
      { fromDay: 0, toDay: 25 },
      { fromDay: 26, toDay: 25 },
      { fromDay: 15, toDay: 32 },
      { fromDay: 15.5, toDay: 25 },
    ]) {
      expect(() => readingWindowState(at('2026-03-10T09:00:00Z'), MSK, bad)).toThrow(RangeError);
    }
  });

  it('inside the window, days left drop by one a day, down to the last day', () => {
    fc.assert(
      fc.property(instant, fc.constantFrom(...zones), supplierWindow, (now, zone, window) => {
        const today = readingWindowState(now, zone, window);
        const tomorrow = readingWindowState(new Date(now.getTime() + 86_400_000), zone, window);
        if (!today.inWindow) return;
        if (today.daysLeft! > 1) {
          expect(tomorrow).toMatchObject({ inWindow: true, daysLeft: today.daysLeft! - 1 });
        } else {
          expect(today.daysLeft).toBe(1);
          // The window closes, unless it spans the whole month and tomorrow starts the next one.
          if (tomorrow.inWindow) expect(tomorrow.period).toBe(nextPeriod(today.period));
        }
      }),
      { numRuns: 500 },
    );
  });

  it('a reading counts for the current or the next month; outside, the window opens later', () => {
    fc.assert(
      fc.property(instant, fc.constantFrom(...zones), supplierWindow, (now, zone, window) => {
        const state = readingWindowState(now, zone, window);
        const current = currentPeriod(now, zone);
        expect([current, nextPeriod(current)]).toContain(state.period);
        expect(state.inWindow).toBe(state.daysLeft !== null);
        expect(state.inWindow).toBe(state.opensOn === null);
        if (state.opensOn !== null) expect(state.opensOn > localDate(now, zone)).toBe(true);
        if (state.period !== current) expect(state.inWindow).toBe(false);
      }),
    );
  });
});
