import { type Kysely, sql } from 'kysely';

import type { Database } from '../../../../../server/db/schema.js';
import { canonical } from './central-sql.js';

const REAL = sql`('cabinet', 'kiosk', 'counter', 'automatic')`;
const zoneRank = sql`CASE zone WHEN 'single' THEN 0 WHEN 'T1' THEN 1 WHEN 'T2' THEN 2 ELSE 3 END`;

/**
 * What the readings form should show for a meter, from the central's tables: the last real
 * reading per zone before `period` (and its local date), the last real reading of all, and the
 * 6-month average the central service checks jumps against (its SQL, real readings only).
 */
export async function centralMeterReadings(
  db: Kysely<Database>,
  meterId: number,
  period: string,
  timeZone: string,
) {
  const start = await sql<{ zone: string; value: string; day: string }>`
    SELECT DISTINCT ON (zone) zone, value::text,
           (entered_at AT TIME ZONE ${timeZone})::date::text AS day, ${zoneRank} AS rank
      FROM readings
     WHERE meter_id = ${meterId} AND status = 'accepted' AND source IN ${REAL}
       AND period < ${period}
     ORDER BY zone, period DESC, entered_at DESC`.execute(db);
  const latest = await sql<{ zone: string; value: string }>`
    SELECT DISTINCT ON (zone) zone, value::text
      FROM readings
     WHERE meter_id = ${meterId} AND status = 'accepted' AND source IN ${REAL}
     ORDER BY zone, period DESC, entered_at DESC`.execute(db);
  const averages = await sql<{ zone: string; average: string | null }>`
    WITH per_period AS (
      SELECT zone, max(value) AS value,
             substr(period, 1, 4)::int * 12 + substr(period, 6, 2)::int AS month_index,
             row_number() OVER (PARTITION BY zone ORDER BY period DESC) AS recency
        FROM readings
       WHERE meter_id = ${meterId} AND status = 'accepted' AND source IN ${REAL}
       GROUP BY zone, period
    ), span AS (
      SELECT zone,
             max(value) FILTER (WHERE recency = 1) - max(value) FILTER (WHERE recency = n) AS used,
             max(month_index) - min(month_index) AS months
        FROM (SELECT *, max(recency) OVER (PARTITION BY zone) AS n
                FROM per_period WHERE recency <= 7) AS recent
       GROUP BY zone
    )
    SELECT zone, round(used / months, 4)::text AS average
      FROM span WHERE months > 0 AND used >= 0`.execute(db);
  const days = start.rows.map((r) => r.day).sort();
  return {
    start: (zone: string) => canonical(start.rows.find((r) => r.zone === zone)?.value ?? null),
    startDate: days.at(-1) ?? null,
    previous: (zone: string) => canonical(latest.rows.find((r) => r.zone === zone)?.value ?? null),
    average: (zone: string) =>
      canonical(averages.rows.find((r) => r.zone === zone)?.average ?? null),
  };
}

/** The account's meters with their service and supplier window, from the central's tables. */
export async function centralMeters(db: Kysely<Database>, accountId: number) {
  const rows = await sql<{
    id: number;
    serial: string;
    kind: 'individual' | 'common';
    zones: number;
    digit_capacity: number;
    fraction_digits: number;
    next_verification_on: string;
    service_name: string;
    unit: string;
    window_from: number;
    window_to: number;
  }>`SELECT m.id, m.serial, m.kind, m.zones, m.digit_capacity, m.fraction_digits,
            m.next_verification_on::text, s.name AS service_name, s.unit,
            p.reading_window_from AS window_from, p.reading_window_to AS window_to
       FROM meters m
       JOIN services s ON s.id = m.service_id
       JOIN account_services a ON a.account_id = m.account_id AND a.service_id = m.service_id
       JOIN suppliers p ON p.id = a.supplier_id
      WHERE m.account_id = ${accountId}
      ORDER BY m.id`.execute(db);
  return rows.rows;
}
