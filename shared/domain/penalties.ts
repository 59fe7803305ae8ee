/** Late-payment penalty (пени), ЖК РФ ст.155 ч.14, in exact integer kopecks. */
import { divideHalfUp, requireDecimal } from './decimal.js';

/** Days 1–30 of delay carry no penalty. */
export const PENALTY_FREE_DAYS = 30;
/** Days 31–90 carry 1/300 of the key rate per day; from day 91, 1/130. */
export const PENALTY_LOWER_RATE_LAST_DAY = 90;

const DAY_MS = 86_400_000;

/**
 * Days of delay: calendar days after `dueDate` up to and including `onDate` (both ISO dates),
 * 0 when paid on or before the due date. The day after the due date is day 1.
 */
export function daysOfDelay(dueDate: string, onDate: string): number {
  const diff = (Date.parse(`${onDate}T00:00:00Z`) - Date.parse(`${dueDate}T00:00:00Z`)) / DAY_MS;
  if (!Number.isInteger(diff)) throw new RangeError('daysOfDelay needs two ISO dates');
  return Math.max(0, diff);
}

/**
 * Penalty in kopecks on `debtKopecks` overdue by `daysLate` days at the key rate
 * `keyRatePercent` (exact decimal string, e.g. "16.5"): none for days 1–30, debt × rate/300 per
 * day for days 31–90, debt × rate/130 per day from day 91. Computed exactly with BigInt and rounded
 * once, half up, to the kopeck. The caller passes the rate that applies (the law and government
 * decrees decide which date's rate, and have at times capped it).
 */
export function penaltyKopecks(
  debtKopecks: number,
  daysLate: number,
  keyRatePercent: string,
): number {
  if (!Number.isSafeInteger(debtKopecks) || debtKopecks < 0) {
    throw new RangeError('debtKopecks must be a non-negative safe integer');
  }
  if (!Number.isSafeInteger(daysLate) || daysLate < 0) {
    throw new RangeError('daysLate must be a non-negative safe integer');
  }
  const rate = requireDecimal(keyRatePercent, 'keyRatePercent');
  if (rate.units < 0n) throw new RangeError('keyRatePercent must not be negative');
  const lowerDays = Math.max(
    0,
    Math.min(daysLate, PENALTY_LOWER_RATE_LAST_DAY) - PENALTY_FREE_DAYS,
  );
  const higherDays = Math.max(0, daysLate - PENALTY_LOWER_RATE_LAST_DAY);
  // debt × rate/100 × (lower/300 + higher/130) = debt × rate × (130·lower + 300·higher) / (100·39000)
  const weightedDays = 130n * BigInt(lowerDays) + 300n * BigInt(higherDays);
  const numerator = BigInt(debtKopecks) * rate.units * weightedDays;
  const denominator = 100n * 39_000n * 10n ** BigInt(rate.scale);
  const penalty = Number(divideHalfUp(numerator, denominator));
  if (!Number.isSafeInteger(penalty))
    throw new RangeError('penalty exceeds the safe integer range');
  return penalty;
}
