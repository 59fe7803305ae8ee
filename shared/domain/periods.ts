/** Billing periods as 'YYYY-MM' strings, and the notice and payment dates they imply. */
import { localDate } from './dates.js';

/** A billing period, 'YYYY-MM' (years 0001–9999). */
export type Period = string;

export const PERIOD_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** The first period billed under 177-ФЗ (ЖК РФ ст.155 ч.2): notice by the 5th, payment by the 15th. */
export const PAYMENT_RULES_CHANGE_PERIOD: Period = '2026-03';

/** True when `value` is a well-formed period. */
export function isPeriod(value: string): boolean {
  const match = PERIOD_PATTERN.exec(value);
  return match !== null && Number(match[1]) >= 1;
}

/** Splits a period into year and month (1–12); throws RangeError when malformed. */
export function parsePeriod(period: Period): { year: number; month: number } {
  if (!isPeriod(period)) throw new RangeError(`not a period: ${JSON.stringify(period)}`);
  return { year: Number(period.slice(0, 4)), month: Number(period.slice(5, 7)) };
}

/** Builds a period from a year and month (1–12); throws RangeError outside 0001-01..9999-12. */
export function formatPeriod(year: number, month: number): Period {
  const period = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
  if (!Number.isInteger(year) || !isPeriod(period)) {
    throw new RangeError(`no period for ${year}-${month}`);
  }
  return period;
}

/** The period `count` months after (negative: before) `period`. */
export function addPeriods(period: Period, count: number): Period {
  const { year, month } = parsePeriod(period);
  const index = year * 12 + (month - 1) + count;
  return formatPeriod(Math.floor(index / 12), (((index % 12) + 12) % 12) + 1);
}

/** The following period. */
export function nextPeriod(period: Period): Period {
  return addPeriods(period, 1);
}

/** The preceding period. */
export function previousPeriod(period: Period): Period {
  return addPeriods(period, -1);
}

/** -1, 0 or 1 as a is before, equal to or after b (usable as a sort comparator). */
export function comparePeriods(a: Period, b: Period): -1 | 0 | 1 {
  parsePeriod(a);
  parsePeriod(b);
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The `count` periods ending with `latest`, newest first: ('2026-02', 3) → 02, 01, 2025-12. */
export function recentPeriods(latest: Period, count: number): Period[] {
  if (!Number.isSafeInteger(count) || count < 0) throw new RangeError('count must be ≥ 0');
  return Array.from({ length: count }, (_, i) => addPeriods(latest, -i));
}

/** The period an ISO date (YYYY-MM-DD) falls in. */
export function periodOfDate(isoDate: string): Period {
  const period = isoDate.slice(0, 7);
  parsePeriod(period);
  return period;
}

/** The current calendar period in the region's time zone. */
export function currentPeriod(now: Date, timeZone: string): Period {
  return periodOfDate(localDate(now, timeZone));
}

function dayOfFollowingMonth(period: Period, day: number): string {
  return `${nextPeriod(period)}-${String(day).padStart(2, '0')}`;
}

/**
 * The date (ISO) by which the notice for `period` is due, in the following month: the 1st for
 * periods up to February 2026, the 5th from March 2026 (177-ФЗ, ЖК РФ ст.155 ч.2).
 */
export function noticeDeadline(period: Period): string {
  const newRules = comparePeriods(period, PAYMENT_RULES_CHANGE_PERIOD) >= 0;
  return dayOfFollowingMonth(period, newRules ? 5 : 1);
}

/**
 * The date (ISO) by which payment for `period` is due, in the following month: the 10th for
 * periods up to February 2026, the 15th from March 2026 (177-ФЗ, ЖК РФ ст.155 ч.2).
 */
export function paymentDueDate(period: Period): string {
  const newRules = comparePeriods(period, PAYMENT_RULES_CHANGE_PERIOD) >= 0;
  return dayOfFollowingMonth(period, newRules ? 15 : 10);
}
