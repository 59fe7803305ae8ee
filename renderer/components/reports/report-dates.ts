// Dates of the report forms: the DatePicker's local Date ↔ ISO day, today on the region's
// calendar, the default six months, and what is wrong with a range (as an i18n key).
import { addMonths, localDate } from '../../../shared/domain/dates.js';

/** A DatePicker value (local midnight) as an ISO day. */
export function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** An ISO day as a DatePicker value (local midnight). */
export function pickerDate(day: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
}

/** Today on the region's calendar (the device's own when the region is unknown). */
export function regionToday(now: Date, timeZone: string | null): string {
  return localDate(now, timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone);
}

/** The range a report opens with: the last six months up to today. */
export function defaultRange(today: string): { from: Date; to: Date } {
  return { from: pickerDate(addMonths(today, -6)), to: pickerDate(today) };
}

/** The i18n key of what is wrong with a range, or null when it can be asked for. */
export function rangeProblem(from: Date | null, to: Date | null): string | null {
  if (!from || !to) return 'reports.range.missing';
  return isoDay(from) > isoDay(to) ? 'reports.range.reversed' : null;
}
