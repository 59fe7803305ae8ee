import type { DemoCatalog } from '../catalog/catalog.js';
import type { ServiceCode } from '../catalog/services.js';
import { fromScaled, roundDecimal, sumDecimals, toScaled, weightedPrice } from '../decimal.js';
import type { DemoMeter } from '../meters.js';
import { zoneNames } from './consumption.js';
import type { MeteredPeriod } from './meter-history.js';

/** One service's charge basis for a period: how it was measured, how much, at what price. */
export interface ServiceLine {
  service: ServiceCode;
  method: 'meter' | 'average' | 'normative' | 'area';
  volume: string;
  tariff: string;
  coefficient: string;
}

export interface LineContext {
  catalog: DemoCatalog;
  regionIndex: number;
  period: string;
  residents: number;
  area: string;
}

/**
 * The line of a metered service. A multi-zone meter's line shows the volume-weighted tariff
 * rounded to 4 decimals, since a charge row holds one tariff (one row per service and period).
 */
export function meteredLine(
  ctx: LineContext,
  service: ServiceCode,
  meter: DemoMeter,
  entry: MeteredPeriod,
): ServiceLine {
  const volumes = entry.volumes.map((v) => fromScaled(v, meter.fractionDigits));
  const zones = zoneNames(meter.zones);
  // Prices of the scheme that matches the meter: a two-zone day price is not a three-zone peak.
  const tariff =
    meter.zones === 1
      ? ctx.catalog.price(ctx.regionIndex, service, 1, 'single', ctx.period)
      : weightedPrice(
          zones.map((zone, z) => ({
            volume: volumes[z] ?? '0',
            price: ctx.catalog.price(ctx.regionIndex, service, meter.zones, zone, ctx.period),
          })),
        );
  return {
    service,
    method: entry.method,
    volume: sumDecimals(volumes, meter.fractionDigits),
    tariff,
    coefficient: entry.coefficient,
  };
}

/** Water without a meter: by normative for every resident, with the raising coefficient. */
export function unmeteredWaterLine(
  ctx: LineContext,
  service: ServiceCode,
  norm: string,
): ServiceLine {
  return {
    service,
    method: 'normative',
    volume: fromScaled(toScaled(norm, 2) * BigInt(ctx.residents), 2),
    tariff: ctx.catalog.price(ctx.regionIndex, service, 1, 'single', ctx.period),
    coefficient: '1.5',
  };
}

/** Sewerage: the sum of cold and hot water volumes, measured as the weaker of the two. */
export function sewerageLine(ctx: LineContext, cold: ServiceLine, hot: ServiceLine): ServiceLine {
  const rank = { meter: 0, average: 1, normative: 2, area: 3 } as const;
  return {
    service: 'sewerage',
    method: rank[cold.method] >= rank[hot.method] ? cold.method : hot.method,
    volume: sumDecimals([cold.volume, hot.volume], 4),
    tariff: ctx.catalog.price(ctx.regionIndex, 'sewerage', 1, 'single', ctx.period),
    coefficient: '1',
  };
}

/** Heating by area: m² × the monthly norm in Gcal/m², rounded to 4 decimals. */
export function heatingLine(ctx: LineContext, normPerSquareMetre: string): ServiceLine {
  const exact = fromScaled(toScaled(ctx.area, 2) * toScaled(normPerSquareMetre, 4), 6);
  return {
    service: 'heating',
    method: 'area',
    volume: roundDecimal(exact, 4),
    tariff: ctx.catalog.price(ctx.regionIndex, 'heating', 1, 'single', ctx.period),
    coefficient: '1',
  };
}

/** Waste collection (ТКО): per resident. */
export function wasteLine(ctx: LineContext): ServiceLine {
  return {
    service: 'waste',
    method: 'normative',
    volume: String(ctx.residents),
    tariff: ctx.catalog.price(ctx.regionIndex, 'waste', 1, 'single', ctx.period),
    coefficient: '1',
  };
}
