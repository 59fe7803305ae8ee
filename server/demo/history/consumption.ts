import { toScaled } from '../decimal.js';
import type { DemoMeter } from '../meters.js';
import type { Rng } from '../prng.js';

/** How much a household uses in a month, per meter zone, in the meter's own units. */

/** Zone names of a meter's drums, in order: T1 day/peak, T2 night, T3 semi-peak. */
export function zoneNames(zones: number): ('single' | 'T1' | 'T2' | 'T3')[] {
  if (zones === 1) return ['single'];
  return zones === 2 ? ['T1', 'T2'] : ['T1', 'T2', 'T3'];
}

/** Shares of the total per zone, in percents (peak 25, night 30, semi-peak 45). */
function zoneShares(zones: number): number[] {
  if (zones === 1) return [100];
  return zones === 2 ? [70, 30] : [25, 30, 45];
}

/** Splits a total (scaled integer) across zones by their usual shares; the remainder goes to T1. */
export function splitByZones(total: bigint, zones: number): bigint[] {
  const parts = zoneShares(zones).map((share) => (total * BigInt(share)) / 100n);
  const rest = total - parts.reduce((a, b) => a + b, 0n);
  parts[0] = (parts[0] ?? 0n) + rest;
  return parts;
}

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

/** The normative monthly volume of a meter's service for `residents` (scaled like the meter). */
export function normativeVolume(norm: string, residents: number, fractionDigits: number): bigint {
  return toScaled(norm, fractionDigits) * BigInt(residents);
}
