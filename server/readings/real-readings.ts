import { type Kysely, sql, type Transaction } from 'kysely';

import type { Database } from '../db/schema.js';

/** Sources of readings someone read off a meter; 'average' and 'normative' are estimates. */
export const REAL_READING_SOURCES = ['cabinet', 'kiosk', 'counter', 'automatic'] as const;

export interface RealReadingStat {
  kind: 'latest' | 'average';
  meter_id: number;
  zone: string;
  /** The latest value, or the average monthly use (exact decimals as text). */
  value: string;
}

/**
 * Per meter zone, the latest accepted REAL reading and the average monthly use over the last 6
 * months of real readings (the highest value per period; the span from the 7th most recent period
 * to the latest). Estimates written by a period close never count: one above the true value must
 * not make a resident's true reading "less than the previous one", nor hide a jump.
 * One statement: the two parts are joined by UNION ALL, never by a join, whose plan goes wrong
 * while the table's statistics are stale (right after a bulk insert).
 */
export async function realReadingStats(
  trx: Transaction<Database> | Kysely<Database>,
  meterIds: number[],
): Promise<RealReadingStat[]> {
  const real = sql`(SELECT meter_id, zone, period, value, entered_at FROM readings
     WHERE meter_id = ANY(${meterIds}::int[]) AND status = 'accepted'
       AND source = ANY(${[...REAL_READING_SOURCES]}::text[])) AS real`;
  const result = await sql<RealReadingStat>`
    SELECT 'latest' AS kind, meter_id, zone, trim_scale(value)::text AS value
      FROM (SELECT DISTINCT ON (meter_id, zone) meter_id, zone, value
              FROM ${real}
             ORDER BY meter_id, zone, period DESC, entered_at DESC) AS latest
    UNION ALL
    SELECT 'average', meter_id, zone, trim_scale(round(used / months, 4))::text
      FROM (SELECT meter_id, zone,
                   max(value) FILTER (WHERE recency = 1) - max(value) FILTER (WHERE recency = n) AS used,
                   max(month_index) - min(month_index) AS months
              FROM (SELECT *, max(recency) OVER (PARTITION BY meter_id, zone) AS n
                      FROM (SELECT meter_id, zone, max(value) AS value,
                                   substr(period, 1, 4)::int * 12 + substr(period, 6, 2)::int AS month_index,
                                   row_number() OVER (PARTITION BY meter_id, zone ORDER BY period DESC) AS recency
                              FROM ${real}
                             GROUP BY meter_id, zone, period) AS per_period
                     WHERE recency <= 7) AS recent
             GROUP BY meter_id, zone) AS span
     WHERE months > 0 AND used >= 0`.execute(trx);
  return result.rows;
}
