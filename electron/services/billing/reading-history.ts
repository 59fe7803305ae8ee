import {
  type ScaledDecimal,
  compareScaled,
  divideScaled,
  formatScaled,
  requireDecimal,
  subtractScaled,
} from '../../../shared/domain/decimal.js';
import type { MeterZone } from '../../../shared/domain/readings.js';
import type { SyncRow } from '../../../shared/sync/protocol.js';

type Reading = SyncRow<'reading'>;

/** Sources of readings someone (or something) actually read off the meter; the rest are estimates. */
export const REAL_SOURCES: ReadonlySet<Reading['source']> = new Set([
  'cabinet',
  'kiosk',
  'counter',
  'automatic',
]);

/** Periods of real readings the average looks back over: 7 readings span 6 months of use. */
const AVERAGE_SPAN_PERIODS = 7;

/** Orders readings by period, then entry time (the server's order for "the latest"). */
export function compareByPeriodThenEntry(
  a: { period: string; enteredAt: string },
  b: { period: string; enteredAt: string },
): number {
  if (a.period !== b.period) return a.period < b.period ? -1 : 1;
  return Date.parse(a.enteredAt) - Date.parse(b.enteredAt);
}

/** Real accepted readings of one meter zone, oldest first. */
export function realReadings(
  readings: readonly Reading[],
  meterId: number,
  zone: MeterZone,
): Reading[] {
  return readings
    .filter(
      (r) =>
        r.meterId === meterId &&
        r.zone === zone &&
        r.status === 'accepted' &&
        REAL_SOURCES.has(r.source),
    )
    .sort(compareByPeriodThenEntry);
}

/** The last real reading of a zone before `period` (the reading at the start of the period). */
export function readingBefore(zoneReadings: readonly Reading[], period: string): Reading | null {
  let found: Reading | null = null;
  for (const r of zoneReadings) if (r.period < period) found = r;
  return found;
}

const monthIndex = (period: string) => Number(period.slice(0, 4)) * 12 + Number(period.slice(5, 7));

/**
 * Average monthly consumption of a zone, as the central service judges jumps
 * (server/readings/context.ts): the highest real reading of each of the latest 7 periods that
 * have one, (newest − oldest) ÷ the months between them, to 4 decimals. Null with fewer than two
 * such periods or when the register went backwards (a rollover) in between.
 */
export function averageMonthly(zoneReadings: readonly Reading[]): string | null {
  const highest = new Map<string, ScaledDecimal>();
  for (const r of zoneReadings) {
    const value = requireDecimal(r.value, 'reading');
    const held = highest.get(r.period);
    if (!held || compareScaled(value, held) > 0) highest.set(r.period, value);
  }
  const periods = [...highest.keys()].sort().reverse().slice(0, AVERAGE_SPAN_PERIODS);
  const newest = periods[0];
  const oldest = periods[periods.length - 1];
  if (newest === undefined || oldest === undefined) return null;
  const months = monthIndex(newest) - monthIndex(oldest);
  const used = subtractScaled(highest.get(newest)!, highest.get(oldest)!);
  if (months <= 0 || used.units < 0n) return null;
  return formatScaled(divideScaled(used, { units: BigInt(months), scale: 0 }, 4));
}
