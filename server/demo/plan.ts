import { isIsoDate, localDate } from '../../shared/domain/dates.js';
import { localTimestamp, periodsBefore, previousPeriod } from './calendar.js';
import { DemoCatalog } from './catalog/catalog.js';
import { REGIONS } from './catalog/regions.js';

export interface DemoOptions {
  /** 100 … 1,000,000. */
  accounts: number;
  /** Default 2026. */
  seed?: number;
  /** Full months of history before `today`, default 13; 0 writes accounts and meters only. */
  months?: number;
  /** ISO date that plays the clock; default the current date on Yekaterinburg time. */
  today?: string;
  /** Codes of the regions that get accounts (default all four); every region is written. */
  regions?: string[];
}

/** Validated options and everything derived from them. */
export interface DemoPlan {
  accounts: number;
  seed: number;
  months: number;
  today: string;
  /** Billing periods (YYYY-MM), oldest first. */
  periods: string[];
  /** First day of the period holding the opening readings; meters are older than it. */
  historyStart: string;
  catalog: DemoCatalog;
  /** Indexes into REGIONS of the regions that get accounts. */
  accountRegions: number[];
  /** When the demo users registered. */
  createdAt: string;
}

export const MIN_ACCOUNTS = 100;
export const MAX_ACCOUNTS = 1_000_000;
export const MAX_MONTHS = 60;

/** Checks the options (RangeError with a Russian message) and derives the plan. */
export function demoPlan(options: DemoOptions, now: () => Date = () => new Date()): DemoPlan {
  const { accounts, seed = 2026, months = 13 } = options;
  if (!Number.isInteger(accounts) || accounts < MIN_ACCOUNTS || accounts > MAX_ACCOUNTS) {
    throw new RangeError(`Число счетов должно быть целым от ${MIN_ACCOUNTS} до ${MAX_ACCOUNTS}.`);
  }
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffff_ffff) {
    throw new RangeError('Зерно (seed) должно быть целым от 0 до 4294967295.');
  }
  if (!Number.isInteger(months) || months < 0 || months > MAX_MONTHS) {
    throw new RangeError(`Число месяцев истории должно быть целым от 0 до ${MAX_MONTHS}.`);
  }
  const today = options.today ?? localDate(now(), 'Asia/Yekaterinburg');
  if (!isIsoDate(today)) throw new RangeError('Дата «сегодня» должна быть в виде ГГГГ-ММ-ДД.');
  const codes = options.regions ?? REGIONS.map((r) => r.code);
  const accountRegions = codes.map((code) => REGIONS.findIndex((r) => r.code === code));
  if (codes.length === 0 || accountRegions.some((r) => r < 0)) {
    throw new RangeError(`Регионы: ${REGIONS.map((r) => r.code).join(', ')}.`);
  }
  const periods = periodsBefore(today, months);
  const first = periods[0];
  const historyStart = first ? `${previousPeriod(first)}-01` : `${today.slice(0, 7)}-01`;
  return {
    accounts,
    seed,
    months,
    today,
    periods,
    historyStart,
    catalog: new DemoCatalog(first ? `${first}-01` : today, today),
    accountRegions: [...new Set(accountRegions)].sort(),
    createdAt: localTimestamp(historyStart, 9, 0),
  };
}
