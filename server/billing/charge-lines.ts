import { chargeKopecks } from '../../shared/domain/charges.js';
import { fromScaled, sumDecimals, weightedPrice } from './decimal.js';
import type { Zone } from './zones.js';

/** A charge's line for one meter zone (charge_lines): readings used, volume, zone price, amount. */
export interface LineDraft {
  zone: Zone;
  /** The readings the volume was measured between; null when the volume was estimated. */
  readingStart: string | null;
  readingEnd: string | null;
  volume: string;
  price: string;
  /** round(volume × price × coefficient) in kopecks. */
  amount: number;
}

export interface ZoneLinesInput {
  zones: readonly Zone[];
  /** Per zone, in units of 10^-fractionDigits (may be negative only for corrections). */
  volumes: readonly bigint[];
  fractionDigits: number;
  /** The zone prices of the meter's scheme, in zone order. */
  prices: readonly string[];
  coefficient: string;
  /** Readings per zone the volumes were measured between (omitted when estimated). */
  readings?: { start: readonly string[]; end: readonly string[] };
}

/** One line per zone, each priced at its zone's price (× the raising coefficient). */
export function zoneLines(input: ZoneLinesInput): LineDraft[] {
  return input.zones.map((zone, z) => {
    const volume = fromScaled(input.volumes[z] ?? 0n, input.fractionDigits);
    const price = input.prices[z];
    if (price === undefined) throw new RangeError(`no price for zone ${zone}`);
    return {
      zone,
      readingStart: input.readings?.start[z] ?? null,
      readingEnd: input.readings?.end[z] ?? null,
      volume,
      price,
      amount: chargeKopecks(volume, price, input.coefficient),
    };
  });
}

/**
 * What the charge row shows for its lines: the total volume, one tariff (the zone price for a
 * single line, else the volume-weighted zone price rounded to 4 decimals, since a charge row
 * holds one tariff) and charged = the sum of the line amounts.
 */
export function sumLines(
  lines: readonly LineDraft[],
  fractionDigits: number,
): { volume: string; tariff: string; charged: number } {
  const first = lines[0];
  if (!first) throw new RangeError('a metered charge has at least one line');
  return {
    volume: sumDecimals(
      lines.map((line) => line.volume),
      fractionDigits,
    ),
    tariff: lines.length === 1 ? first.price : weightedPrice([...lines]),
    charged: lines.reduce((total, line) => total + line.amount, 0),
  };
}
