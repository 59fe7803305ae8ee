import { type Kysely, sql } from 'kysely';

import type { Database } from '../../../server/db/schema.js';

/** A reading the test will type: the meter, its account and one value per zone. */
export interface PlannedReading {
  accountNumber: string;
  meterId: number;
  serial: string;
  values: { zone: string; value: string }[];
}

const ZONES: Record<number, string[]> = { 1: ['single'], 2: ['T1', 'T2'], 3: ['T1', 'T2', 'T3'] };

/**
 * Picks `count` individual meters of the user's accounts in their region whose verification is
 * current and whose latest reading in every zone was read off the meter by a person (not an
 * estimate, not automatic metering), most zones first, and plans one unit more per zone: a value
 * the device and the central service both accept without a warning to confirm.
 */
export async function planReadings(
  db: Kysely<Database>,
  login: string,
  count: number,
): Promise<PlannedReading[]> {
  const { rows } = await sql<{
    number: string;
    meter_id: number;
    serial: string;
    zones: number;
    digit_capacity: number;
    zone: string | null;
    value: string | null;
    source: string | null;
  }>`
    SELECT a.number, m.id AS meter_id, m.serial, m.zones, m.digit_capacity,
           r.zone, trim_scale(r.value)::text AS value, r.source
      FROM users u
      JOIN user_accounts ua ON ua.user_id = u.id
      JOIN accounts a ON a.id = ua.account_id AND a.region_id = u.region_id
      JOIN meters m ON m.account_id = a.id AND m.kind = 'individual'
      LEFT JOIN LATERAL (
        SELECT DISTINCT ON (zone) zone, value, source FROM readings
         WHERE meter_id = m.id AND status = 'accepted'
         ORDER BY zone, period DESC, entered_at DESC
      ) r ON true
     WHERE u.login = ${login} AND m.next_verification_on > current_date + 31
     ORDER BY m.zones DESC, a.number, m.id`.execute(db);
  const byMeter = new Map<number, typeof rows>();
  for (const row of rows) byMeter.set(row.meter_id, [...(byMeter.get(row.meter_id) ?? []), row]);
  const planned: PlannedReading[] = [];
  for (const [meterId, zoneRows] of byMeter) {
    const first = zoneRows[0]!;
    const latest = new Map(zoneRows.filter((r) => r.zone !== null).map((r) => [r.zone!, r]));
    const values = (ZONES[first.zones] ?? []).map((zone) => {
      const row = latest.get(zone);
      const next = row?.value ? Math.floor(Number(row.value)) + 1 : 1;
      const byPerson = !row || ['cabinet', 'kiosk', 'counter'].includes(row.source ?? '');
      return byPerson && next < 10 ** first.digit_capacity ? { zone, value: String(next) } : null;
    });
    if (values.some((v) => v === null)) continue;
    planned.push({
      accountNumber: first.number,
      meterId,
      serial: first.serial,
      values: values as { zone: string; value: string }[],
    });
    if (planned.length === count) return planned;
  }
  throw new Error(`the demo data has only ${planned.length} meters to read for ${login}`);
}
