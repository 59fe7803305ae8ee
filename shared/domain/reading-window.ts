/** A supplier's monthly window for meter readings, judged on the region's calendar day. */
import { localDate } from './dates.js';
import { type Period, nextPeriod, periodOfDate } from './periods.js';

/** Days of the month (inclusive) in which a supplier takes readings, e.g. 15–25. Configuration. */
export interface ReadingWindow {
  fromDay: number;
  toDay: number;
}

export interface ReadingWindowState {
  inWindow: boolean;
  /** Days left including today when inside the window, null outside. */
  daysLeft: number | null;
  /** The next opening date (ISO) when outside the window, null inside. */
  opensOn: string | null;
  /** The period ('YYYY-MM') a reading entered now counts for. */
  period: Period;
}

function assertWindow({ fromDay, toDay }: ReadingWindow): void {
  const isDay = (d: number) => Number.isInteger(d) && d >= 1 && d <= 31;
  if (!isDay(fromDay) || !isDay(toDay) || fromDay > toDay) {
    throw new RangeError(`invalid reading window ${fromDay}–${toDay}`);
  }
}

function daysInMonth(period: Period): number {
  const [year, month] = period.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function dateIn(period: Period, day: number): string {
  return `${period}-${String(Math.min(day, daysInMonth(period))).padStart(2, '0')}`;
}

/**
 * Where `now` stands against the supplier's reading window in `timeZone`. Days past the month's
 * end are clamped (a 20–31 window ends on the 30th in April). Inside the window a reading counts
 * for the current period; after it, for the next period. Before the window opens a reading still
 * counts for the current period: ПП РФ № 354 takes readings for the current period until the
 * 25th, and the window's later opening does not move an earlier reading into next month.
 */
export function readingWindowState(
  now: Date,
  timeZone: string,
  window: ReadingWindow,
): ReadingWindowState {
  assertWindow(window);
  const today = localDate(now, timeZone);
  const period = periodOfDate(today);
  const day = Number(today.slice(8, 10));
  const lastDay = daysInMonth(period);
  const fromDay = Math.min(window.fromDay, lastDay);
  const toDay = Math.min(window.toDay, lastDay);
  if (day < fromDay) {
    return { inWindow: false, daysLeft: null, opensOn: dateIn(period, fromDay), period };
  }
  if (day <= toDay) {
    return { inWindow: true, daysLeft: toDay - day + 1, opensOn: null, period };
  }
  const next = nextPeriod(period);
  return { inWindow: false, daysLeft: null, opensOn: dateIn(next, window.fromDay), period: next };
}
