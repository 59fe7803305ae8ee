import { parsePeriod } from '../../shared/domain/periods.js';
import { divRound, toScaled } from './decimal.js';

/** Real consumption from real readings, and its spread over periods that were estimated. */

/** A meter's dial: integer digits of the drum and digits after the point. */
export interface Dial {
  digitCapacity: number;
  fractionDigits: number;
}

/** One full turn of the drum, in units of 10^-fractionDigits. */
export function drumTurn(dial: Dial): bigint {
  return 10n ** BigInt(dial.digitCapacity + dial.fractionDigits);
}

/**
 * Consumption of one zone between two real readings, in units of 10^-fractionDigits. A smaller
 * end reading means the drum rolled over past its capacity (99999 → 00012), which adds a turn.
 */
export function zoneConsumption(start: string, end: string, dial: Dial): bigint {
  const from = toScaled(start, dial.fractionDigits);
  const to = toScaled(end, dial.fractionDigits);
  return to >= from ? to - from : to + drumTurn(dial) - from;
}

/** Whole periods from `from` to `to` ('2026-07' → '2026-10' is 3). */
export function periodsBetween(from: string, to: string): number {
  const a = parsePeriod(from);
  const b = parsePeriod(to);
  return b.year * 12 + b.month - (a.year * 12 + a.month);
}

/**
 * Real consumption R (per zone) measured over `periods` periods: the last `periods − 1` of them
 * were estimated, this one closes the span. This period is charged its share R / periods
 * (rounded half up); the estimated periods should have had the rest, R − share (so the span
 * adds up to R exactly), and `correction` is that minus what they were charged.
 */
export function spreadOverSpan(
  real: readonly bigint[],
  periods: number,
  estimatedBefore: readonly bigint[],
): { share: bigint[]; correction: bigint[] } {
  if (periods <= 1) return { share: [...real], correction: real.map(() => 0n) };
  const share = real.map((r) => divRound(r, BigInt(periods)));
  const correction = real.map((r, z) => r - share[z]! - (estimatedBefore[z] ?? 0n));
  return { share, correction };
}
