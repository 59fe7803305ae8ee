import { addMonths } from '../../shared/domain/dates.js';

/** Calendar helpers on ISO dates and billing periods (YYYY-MM) for the demo generator. */

const DAY_MS = 86_400_000;

/** Adds whole days to an ISO date (UTC calendar arithmetic, no time zone involved). */
export function addDays(isoDate: string, days: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The `months` full billing periods before the one containing `today`, oldest first. */
export function periodsBefore(today: string, months: number): string[] {
  const periods: string[] = [];
  for (let back = months; back >= 1; back--) periods.push(addMonths(today, -back).slice(0, 7));
  return periods;
}

/** The period before `period`. */
export function previousPeriod(period: string): string {
  return addMonths(`${period}-01`, -1).slice(0, 7);
}

/** The period after `period`. */
export function nextPeriod(period: string): string {
  return addMonths(`${period}-01`, 1).slice(0, 7);
}

/** A timestamp on `isoDate` at local `hh:mm` in a UTC+5 region, in ISO 8601 with its offset. */
export function localTimestamp(isoDate: string, hour: number, minute: number): string {
  const hh = String(hour).padStart(2, '0');
  const mm = String(minute).padStart(2, '0');
  return `${isoDate}T${hh}:${mm}:00+05:00`;
}
