import { divRound, fromScaled } from '../decimal.js';
import { localTimestamp, previousPeriod } from '../calendar.js';
import type { DemoMeter } from '../meters.js';
import { type Rng, structuredUuid } from '../prng.js';
import { normativeVolume, sampleConsumption, splitByZones, zoneNames } from './consumption.js';

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
}

/** Periods in a row charged by average before the normative applies (ПП 354 п.59–60). */
const AVERAGE_PERIODS = 3;
/** The average is taken over at most this many previous periods with real readings. */
const AVERAGE_WINDOW = 6;

/**
 * Simulates one meter over the billing periods: an opening reading in the period before the
 * first, then each period a real reading (resident or automatic) or, when none came or the
 * meter's verification has expired, a calculated one by average, then by normative.
 * Readings are cumulative, so every period's volume is the difference of two readings.
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
  const write = (period: string, index: number, source: ReadingSource) => {
    const enteredAt = enteredAtFor(rng, period, source);
    zones.forEach((zone, z) => {
      readings.push({
        id: structuredUuid(meter.id, index, z, streamSeed),
        meterId: meter.id,
        period,
        zone,
        value: fromScaled(last[z] ?? 0n, meter.fractionDigits),
        source,
        enteredAt,
      });
    });
  };
  const first = periods[0];
  if (first) write(previousPeriod(first), 0, meter.automatic ? 'automatic' : 'counter');

  const recent: bigint[][] = [];
  const result: MeteredPeriod[] = [];
  let gap = 0;
  periods.forEach((period, index) => {
    const failed = meter.nextVerificationOn < `${period}-01`;
    const submitted = !failed && (meter.automatic || rng.chance(88));
    let entry: MeteredPeriod;
    let source: ReadingSource;
    if (submitted) {
      gap = 0;
      entry = {
        method: 'meter',
        volumes: sampleConsumption(rng, meter, residents, period),
        coefficient: '1',
      };
      recent.push(entry.volumes);
      if (recent.length > AVERAGE_WINDOW) recent.shift();
      source = meter.automatic
        ? 'automatic'
        : rng.weighted({ cabinet: 55, kiosk: 20, counter: 25 });
    } else if (++gap <= AVERAGE_PERIODS && recent.length > 0) {
      const volumes = zones.map((_, z) =>
        divRound(
          recent.reduce((acc, v) => acc + (v[z] ?? 0n), 0n),
          BigInt(recent.length),
        ),
      );
      entry = { method: 'average', volumes, coefficient: '1' };
      source = 'average';
    } else {
      const total = normativeVolume(norm, residents, meter.fractionDigits);
      entry = {
        method: 'normative',
        volumes: splitByZones(total, meter.zones),
        coefficient: failed ? '1.5' : '1',
      };
      source = 'normative';
    }
    last = last.map((value, z) => value + (entry.volumes[z] ?? 0n));
    write(period, index + 1, source);
    result.push(entry);
  });
  return { readings, periods: result };
}

/** Residents enter readings from the 15th to the 25th; calculated ones appear at the close. */
function enteredAtFor(rng: Rng, period: string, source: ReadingSource): string {
  if (source === 'automatic') return localTimestamp(`${period}-25`, 1, rng.int(0, 59));
  if (source === 'average' || source === 'normative') return localTimestamp(`${period}-26`, 3, 0);
  const day = String(rng.int(15, 25)).padStart(2, '0');
  return localTimestamp(`${period}-${day}`, rng.int(8, 21), rng.int(0, 59));
}
