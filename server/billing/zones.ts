/** Meter zones (тарифные зоны) and how a total volume is shared among them. */

export type Zone = 'single' | 'T1' | 'T2' | 'T3';

/** Zone names of a meter's drums, in order: T1 day/peak, T2 night, T3 semi-peak. */
export function zoneNames(zones: number): Zone[] {
  if (zones === 1) return ['single'];
  return zones === 2 ? ['T1', 'T2'] : ['T1', 'T2', 'T3'];
}

/** Usual shares of the total per zone, in percents (day 70 / night 30; peak 25, night 30, semi-peak 45). */
function zoneShares(zones: number): number[] {
  if (zones === 1) return [100];
  return zones === 2 ? [70, 30] : [25, 30, 45];
}

/**
 * Splits a total (a scaled integer) across a meter's zones by their usual shares; the remainder
 * goes to T1, so the parts always add up to the total. Used for a normative on a multi-zone meter.
 */
export function splitByZones(total: bigint, zones: number): bigint[] {
  const parts = zoneShares(zones).map((share) => (total * BigInt(share)) / 100n);
  const rest = total - parts.reduce((a, b) => a + b, 0n);
  parts[0] = (parts[0] ?? 0n) + rest;
  return parts;
}
