import { type LineDraft, sumLines, zoneLines } from '../../billing/charge-lines.js';
import { sumDecimals } from '../../billing/decimal.js';
import {
  heatingVolume,
  NO_METER_COEFFICIENT,
  perResidentVolume,
  weakestMethod,
} from '../../billing/service-rules.js';
import { zoneNames } from '../../billing/zones.js';
import type { ChargeReason } from '../../db/schema.js';
import type { DemoCatalog } from '../catalog/catalog.js';
import type { ServiceCode } from '../catalog/services.js';
import type { DemoMeter } from '../meters.js';
import type { MeteredPeriod } from './meter-history.js';

/** One service's charge basis for a period: how it was measured, how much, at what price. */
export interface ServiceLine {
  service: ServiceCode;
  method: 'meter' | 'average' | 'normative' | 'area';
  volume: string;
  tariff: string;
  coefficient: string;
  /** Why not by a real reading (ПП 354 п.59–60), and which average period in a row. */
  reason: ChargeReason | null;
  streak: number | null;
  /** Per-zone lines of a metered service; their amounts add up to `charged`. */
  lines: LineDraft[];
  /** Kopecks: the lines' sum for a metered service, else round(volume × tariff × coefficient). */
  charged: number | null;
}

export interface LineContext {
  catalog: DemoCatalog;
  regionIndex: number;
  period: string;
  residents: number;
  area: string;
}

/**
 * The line of a metered service, with the period close's per-zone lines: each zone priced from
 * the scheme matching the meter (a two-zone day price is not a three-zone peak price).
 */
export function meteredLine(
  ctx: LineContext,
  service: ServiceCode,
  meter: DemoMeter,
  entry: MeteredPeriod,
): ServiceLine {
  const zones = zoneNames(meter.zones);
  const lines = zoneLines({
    zones,
    volumes: entry.volumes,
    fractionDigits: meter.fractionDigits,
    prices: zones.map((zone) =>
      ctx.catalog.price(ctx.regionIndex, service, meter.zones, zone, ctx.period),
    ),
    coefficient: entry.coefficient,
    ...(entry.readings ? { readings: entry.readings } : {}),
  });
  const total = sumLines(lines, meter.fractionDigits);
  return {
    service,
    method: entry.method,
    volume: total.volume,
    tariff: total.tariff,
    coefficient: entry.coefficient,
    reason: entry.reason,
    streak: entry.streak,
    lines,
    charged: total.charged,
  };
}

function plainLine(
  ctx: LineContext,
  service: ServiceCode,
  basis: Pick<ServiceLine, 'method' | 'volume' | 'coefficient' | 'reason'>,
): ServiceLine {
  const tariff = ctx.catalog.price(ctx.regionIndex, service, 1, 'single', ctx.period);
  return { service, ...basis, tariff, streak: null, lines: [], charged: null };
}

/** Water without a meter: by normative for every resident, with the raising coefficient. */
export function unmeteredWaterLine(
  ctx: LineContext,
  service: ServiceCode,
  norm: string,
): ServiceLine {
  return plainLine(ctx, service, {
    method: 'normative',
    volume: perResidentVolume(norm, ctx.residents),
    coefficient: NO_METER_COEFFICIENT,
    reason: 'no_meter',
  });
}

/** Sewerage: the sum of cold and hot water volumes, measured as the weaker of the two. */
export function sewerageLine(ctx: LineContext, cold: ServiceLine, hot: ServiceLine): ServiceLine {
  return plainLine(ctx, 'sewerage', {
    method: weakestMethod([cold.method, hot.method]),
    volume: sumDecimals([cold.volume, hot.volume], 4),
    coefficient: '1',
    reason: null,
  });
}

/** Heating by area: m² × the monthly norm in Gcal/m². */
export function heatingLine(ctx: LineContext, normPerSquareMetre: string): ServiceLine {
  return plainLine(ctx, 'heating', {
    method: 'area',
    volume: heatingVolume(ctx.area, normPerSquareMetre),
    coefficient: '1',
    reason: null,
  });
}

/** Waste collection (ТКО): per resident (a normative of one person each). */
export function wasteLine(ctx: LineContext): ServiceLine {
  return plainLine(ctx, 'waste', {
    method: 'normative',
    volume: perResidentVolume('1', ctx.residents),
    coefficient: '1',
    reason: null,
  });
}
