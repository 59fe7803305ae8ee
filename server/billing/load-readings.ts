import { sql, type Transaction } from 'kysely';

import type { Database } from '../db/schema.js';
import { roundDecimal } from './decimal.js';
import { type MeterFacts, type MeterReadings, verificationExpired } from './meter-charge.js';
import { type Zone, zoneNames } from './zones.js';

const REAL_SOURCES = sql`('cabinet', 'kiosk', 'counter', 'automatic')`;

type ZoneRow = { meter_id: number; zone: Zone; value: string | null; period: string | null };

/**
 * The readings a chunk's meters are charged by, in two queries of index range reads
 * (readings_meter_zone_latest): first the latest real reading of the period for meters in
 * order; then, per meter zone, the latest real reading before the period (the base its
 * consumption is measured from) when the period has one, else the latest reading of any
 * source (where a calculated reading continues from). A meter whose verification expired
 * gets only the latter: its readings do not count.
 */
export async function loadReadings(
  trx: Transaction<Database>,
  meters: readonly MeterFacts[],
  period: string,
): Promise<Map<number, MeterReadings>> {
  const usable = meters.filter((m) => !verificationExpired(m.nextVerificationOn, period));
  const measured = pairsOf(usable);
  const currentRows = await sql<ZoneRow>`
    SELECT k.meter_id, k.zone, v.value, v.period
      FROM unnest(${measured.ids}::int[], ${measured.zones}::text[]) AS k(meter_id, zone)
      JOIN LATERAL (SELECT trim_scale(r.value)::text AS value, r.period FROM readings r
         WHERE r.meter_id = k.meter_id AND r.zone = k.zone AND r.status = 'accepted'
           AND r.period = ${period} AND r.source IN ${REAL_SOURCES}
         ORDER BY r.period DESC, r.entered_at DESC LIMIT 1) AS v ON true`.execute(trx);
  const current = byZone(currentRows.rows);
  const hasCurrent = new Set(
    usable.filter((m) => all(m, current) !== null).map((meter) => meter.id),
  );
  const pairs = pairsOf(meters);
  const earlier = await sql<ZoneRow & { last: string | null }>`
    SELECT k.meter_id, k.zone, base.value, base.period, last.value AS last
      FROM unnest(${pairs.ids}::int[], ${pairs.zones}::text[], ${pairs.ids.map((id) => hasCurrent.has(id))}::bool[])
        AS k(meter_id, zone, measured)
      LEFT JOIN LATERAL (SELECT trim_scale(r.value)::text AS value, r.period FROM readings r
         WHERE k.measured AND r.meter_id = k.meter_id AND r.zone = k.zone AND r.status = 'accepted'
           AND r.period < ${period} AND r.source IN ${REAL_SOURCES}
         ORDER BY r.period DESC, r.entered_at DESC LIMIT 1) AS base ON true
      LEFT JOIN LATERAL (SELECT trim_scale(r.value)::text AS value FROM readings r
         WHERE (NOT k.measured OR base.value IS NULL) AND r.meter_id = k.meter_id
           AND r.zone = k.zone AND r.status = 'accepted' AND r.period < ${period}
         ORDER BY r.period DESC, r.entered_at DESC LIMIT 1) AS last ON true`.execute(trx);
  const base = byZone(earlier.rows);
  const last = byZone(earlier.rows.map((r) => ({ ...r, value: r.last, period: null })));

  const result = new Map<number, MeterReadings>();
  for (const meter of meters) {
    const baseValues = all(meter, base);
    const basePeriod = base.get(`${meter.id}|${zoneNames(meter.zones)[0]}`)?.period ?? null;
    result.set(meter.id, {
      current: hasCurrent.has(meter.id) ? all(meter, current) : null,
      base: baseValues && basePeriod ? { period: basePeriod, values: baseValues } : null,
      last: all(meter, last),
    });
  }
  return result;
}

function pairsOf(meters: readonly MeterFacts[]): { ids: number[]; zones: Zone[] } {
  const ids: number[] = [];
  const zones: Zone[] = [];
  for (const meter of meters) {
    for (const zone of zoneNames(meter.zones)) {
      ids.push(meter.id);
      zones.push(zone);
    }
  }
  return { ids, zones };
}

function byZone(rows: readonly ZoneRow[]): Map<string, ZoneRow> {
  return new Map(rows.filter((r) => r.value !== null).map((r) => [`${r.meter_id}|${r.zone}`, r]));
}

/** A meter's values in zone order on its own scale, or null unless every zone has one. */
function all(meter: MeterFacts, values: Map<string, ZoneRow>): string[] | null {
  const found: string[] = [];
  for (const zone of zoneNames(meter.zones)) {
    const value = values.get(`${meter.id}|${zone}`)?.value;
    if (value === undefined || value === null) return null;
    found.push(roundDecimal(value, meter.fractionDigits));
  }
  return found;
}
