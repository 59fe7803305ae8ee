import { fromScaled } from '../../billing/decimal.js';
import {
  AVERAGE_WINDOW,
  type Estimate,
  estimatedGap,
  estimatePeriod,
  monthlyAverage,
  normativeVolume,
} from '../../billing/estimate.js';
import { verificationExpired } from '../../billing/meter-charge.js';
import { zoneNames } from '../../billing/zones.js';
import { localTimestamp, previousPeriod } from '../calendar.js';
import type { DemoMeter } from '../meters.js';
import { type Rng, structuredUuid } from '../prng.js';
import { sampleConsumption } from './consumption.js';

export type ReadingSource = 'cabinet' | 'kiosk' | 'counter' | 'automatic' | 'average' | 'normative';

export interface ReadingRow {
  id: string;
  meterId: number;
  period: string;
  zone: 'single' | 'T1' | 'T2' | 'T3';
  value: string;
  source: ReadingSource;
  enteredAt: string;
}

/** What a meter says about one billing period. */
export interface MeteredPeriod {
  method: 'meter' | 'average' | 'normative';
  /** Consumption per zone, in units of 10^-fractionDigits. */
  volumes: bigint[];
  /** Raising coefficient (повышающий коэффициент): 1.5 for a normative charge on a failed meter. */
  coefficient: '1' | '1.5';
  /** Why not by a real reading, and which average period in a row (null for a real reading). */
  reason: Estimate['reason'] | null;
  streak: number | null;
  /** The readings per zone the volume is the difference of (real readings only). */
  readings: { start: string[]; end: string[] } | null;
}

/**
 * Simulates one meter over the billing periods: an opening reading in the period before the
 * first, then each period a real reading (resident or automatic) or, when none came or the
 * meter's verification has expired, a calculated one by average, then by normative (the
 * period close's rules, server/billing/estimate.ts). Readings are cumulative, so every period's
 * volume is the difference of two readings.
 */
export function simulateMeter(
  rng: Rng,
  meter: DemoMeter,
  residents: number,
  norm: string,
  periods: readonly string[],
  streamSeed: number,
): { readings: ReadingRow[]; periods: MeteredPeriod[] } {
  const zones = zoneNames(meter.zones);
  const readings: ReadingRow[] = [];
  let last = [...meter.start];
  const values = () => last.map((value) => fromScaled(value, meter.fractionDigits));
  const write = (period: string, index: number, source: ReadingSource) => {
    const enteredAt = enteredAtFor(rng, period, source);
    const written = values();
    zones.forEach((zone, z) => {
      readings.push({
        id: structuredUuid(meter.id, index, z, streamSeed),
        meterId: meter.id,
        period,
        zone,
        value: written[z] ?? '0',
        source,
        enteredAt,
      });
    });
  };
  const first = periods[0];
  if (first) write(previousPeriod(first), 0, meter.automatic ? 'automatic' : 'counter');

  const recent: bigint[][] = [];
  const result: MeteredPeriod[] = [];
  periods.forEach((period, index) => {
    const failed = verificationExpired(meter.nextVerificationOn, period);
    const submitted = !failed && (meter.automatic || rng.chance(88));
    const start = values();
    let entry: MeteredPeriod;
    let source: ReadingSource;
    if (submitted) {
      const volumes = sampleConsumption(rng, meter, residents, period);
      last = last.map((value, z) => value + (volumes[z] ?? 0n));
      entry = {
        method: 'meter',
        volumes,
        coefficient: '1',
        reason: null,
        streak: null,
        readings: { start, end: values() },
      };
      recent.push(volumes);
      if (recent.length > AVERAGE_WINDOW) recent.shift();
      source = meter.automatic
        ? 'automatic'
        : rng.weighted({ cabinet: 55, kiosk: 20, counter: 25 });
    } else {
      const estimate = estimatePeriod({
        gap: estimatedGap(result.at(-1) ?? null),
        failed,
        average: recent.length > 0 ? averageOf(recent, zones.length) : null,
        zones: meter.zones,
        normativeTotal: () => normativeVolume(norm, residents, meter.fractionDigits),
      });
      last = last.map((value, z) => value + (estimate.volumes[z] ?? 0n));
      entry = { ...estimate, readings: null };
      source = estimate.method;
    }
    write(period, index + 1, source);
    result.push(entry);
  });
  return { readings, periods: result };
}

function averageOf(recent: bigint[][], zones: number): bigint[] {
  const totals = Array.from({ length: zones }, (_, z) =>
    recent.reduce((acc, volumes) => acc + (volumes[z] ?? 0n), 0n),
  );
  return monthlyAverage(
    totals,
    totals.map(() => recent.length),
  );
}

/** Residents enter readings from the 15th to the 25th; calculated ones appear at the close. */
function enteredAtFor(rng: Rng, period: string, source: ReadingSource): string {
  if (source === 'automatic') return localTimestamp(`${period}-25`, 1, rng.int(0, 59));
  if (source === 'average' || source === 'normative') return localTimestamp(`${period}-26`, 3, 0);
  const day = String(rng.int(15, 25)).padStart(2, '0');
  return localTimestamp(`${period}-${day}`, rng.int(8, 21), rng.int(0, 59));
}
