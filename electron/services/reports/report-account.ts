import { isIsoDate, localDate } from '../../../shared/domain/dates.js';
import { AppFailure } from '../../../shared/contract/result.js';
import type { AccountData } from '../billing/account-data.js';

export type { AccountHeading } from '../billing/account-data.js';

/** What every report is built from: the account's bundle, billing history and heading. */
export type ReportAccount = Pick<AccountData, 'bundle' | 'billing' | 'heading'>;

/** A closed range of calendar days (ISO dates) on the region's calendar. */
export interface DayRange {
  from: string;
  to: string;
}

/**
 * The range as asked, once checked: both real dates, `from` not after `to`.
 * @throws AppFailure invalid_input otherwise (the screen checks first and says so in words).
 */
export function checkedRange(range: DayRange): DayRange {
  if (!isIsoDate(range.from) || !isIsoDate(range.to) || range.from > range.to) {
    throw new AppFailure('invalid_input', 'report range must be two dates, from ≤ to');
  }
  return { from: range.from, to: range.to };
}

/** The calendar day of an instant (ISO timestamp) in the region's time zone. */
export function regionDay(instant: string, timeZone: string): string {
  const date = new Date(instant);
  return Number.isNaN(date.getTime()) ? instant.slice(0, 10) : localDate(date, timeZone);
}

/** True when `day` lies within the range, ends included. */
export function inRange(day: string, range: DayRange): boolean {
  return day >= range.from && day <= range.to;
}
