import { splitByZones } from '../../billing/zones.js';
import type { DemoMeter } from '../meters.js';
import type { Rng } from '../prng.js';

/** How much a household uses in a month, per meter zone, in the meter's own units. */

function seasonPercent(period: string): number {
  const month = Number(period.slice(5, 7));
  if (month === 12 || month <= 2) return 125;
  if (month >= 6 && month <= 8) return 85;
  return 100;
}

/** A month's real consumption per zone (scaled by the meter's fraction digits). */
export function sampleConsumption(
  rng: Rng,
  meter: DemoMeter,
  residents: number,
  period: string,
): bigint[] {
  const unit = 10n ** BigInt(meter.fractionDigits);
  let total: bigint;
  if (meter.kind === 'common') total = BigInt(rng.int(3_000, 9_000)) * unit;
  else if (meter.service === 'electricity') {
    const base = residents === 0 ? 15 : 60 + 55 * residents;
    const kwh = Math.round((base * seasonPercent(period) * rng.int(75, 125)) / 10_000);
    total = BigInt(kwh) * unit + BigInt(rng.int(0, Number(unit) - 1));
  } else {
    const [low, high] = meter.service === 'cold_water' ? [2_500, 4_500] : [1_500, 3_000];
    const litres = residents === 0 ? rng.int(0, 300) : residents * rng.int(low, high);
    total = (BigInt(litres) * unit) / 1_000n;
  }
  return splitByZones(total, meter.zones);
}
