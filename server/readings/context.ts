import { type Kysely, sql, type Transaction } from 'kysely';

import type { Database } from '../db/schema.js';

/** A meter as the acceptance rules see it: where it is, its dial, and its supplier's window. */
export interface MeterFacts {
  id: number;
  regionId: number;
  accountId: number;
  zones: 1 | 2 | 3;
  digitCapacity: number;
  fractionDigits: number;
  timeZone: string;
  window: { fromDay: number; toDay: number };
}

/** What a batch of readings is checked against, read (and the meters locked) inside its transaction. */
export interface AcceptanceContext {
  meters: Map<number, MeterFacts>;
  /** `${userId}:${accountId}` for every given user's linked account. */
  links: Set<string>;
  /** The latest accepted value per `${meterId}:${zone}`; updated as the batch accepts readings. */
  previous: Map<string, string>;
  /** Average monthly consumption over the last 6 months per `${meterId}:${zone}`. */
  averageMonthly: Map<string, string>;
  /** Periods already worked out in this batch (see validate.ts). */
  periods: Map<string, string>;
}

export const zoneKey = (meterId: number, zone: string) => `${meterId}:${zone}`;

const DEFAULT_WINDOW = { fromDay: 15, toDay: 25 };

/**
 * Loads the meters, links and latest accepted readings a batch needs in four queries. The
 * meters are locked (FOR UPDATE, in id order) so two devices submitting for one meter at once
 * are checked one after the other against each other's readings.
 */
export async function loadAcceptanceContext(
  trx: Transaction<Database> | Kysely<Database>,
  meterIds: number[],
  userIds: number[],
): Promise<AcceptanceContext> {
  const ids = [...new Set(meterIds)].sort((a, b) => a - b);
  const meters = new Map<number, MeterFacts>();
  const links = new Set<string>();
  const previous = new Map<string, string>();
  const averageMonthly = new Map<string, string>();
  const periods = new Map<string, string>();
  if (ids.length === 0) return { meters, links, previous, averageMonthly, periods };

  const meterRows = await sql<{
    id: number;
    region_id: number;
    account_id: number;
    zones: number;
    digit_capacity: number;
    fraction_digits: number;
    time_zone: string;
    window_from: number | null;
    window_to: number | null;
  }>`SELECT m.id, m.region_id, m.account_id, m.zones, m.digit_capacity, m.fraction_digits,
            r.time_zone, s.reading_window_from AS window_from, s.reading_window_to AS window_to
       FROM meters m
       JOIN regions r ON r.id = m.region_id
       LEFT JOIN account_services a ON a.account_id = m.account_id AND a.service_id = m.service_id
       LEFT JOIN suppliers s ON s.id = a.supplier_id
      WHERE m.id = ANY(${ids}::int[])
      ORDER BY m.id
        FOR UPDATE OF m`.execute(trx);
  for (const row of meterRows.rows) {
    meters.set(row.id, {
      id: row.id,
      regionId: row.region_id,
      accountId: row.account_id,
      zones: row.zones as 1 | 2 | 3,
      digitCapacity: row.digit_capacity,
      fractionDigits: row.fraction_digits,
      timeZone: row.time_zone,
      window:
        row.window_from !== null && row.window_to !== null
          ? { fromDay: row.window_from, toDay: row.window_to }
          : DEFAULT_WINDOW,
    });
  }

  const users = [...new Set(userIds)];
  if (users.length > 0) {
    const linkRows = await trx
      .selectFrom('user_accounts')
      .select(['user_id', 'account_id'])
      .where('user_id', 'in', users)
      .where('account_id', 'in', [...new Set([...meters.values()].map((m) => m.accountId)), 0])
      .execute();
    for (const link of linkRows) links.add(`${link.user_id}:${link.account_id}`);
  }

  const latest = await sql<{ meter_id: number; zone: string; value: string }>`
    SELECT DISTINCT ON (meter_id, zone) meter_id, zone, trim_scale(value)::text AS value
      FROM readings
     WHERE meter_id = ANY(${ids}::int[]) AND status = 'accepted'
     ORDER BY meter_id, zone, period DESC, entered_at DESC`.execute(trx);
  for (const row of latest.rows) previous.set(zoneKey(row.meter_id, row.zone), row.value);

  // Per period the highest value; the average over the last 7 periods' span (6 months of use).
  const averages = await sql<{ meter_id: number; zone: string; average: string | null }>`
    WITH per_period AS (
      SELECT meter_id, zone, max(value) AS value,
             substr(period, 1, 4)::int * 12 + substr(period, 6, 2)::int AS month_index,
             row_number() OVER (PARTITION BY meter_id, zone ORDER BY period DESC) AS recency
        FROM readings
       WHERE meter_id = ANY(${ids}::int[]) AND status = 'accepted'
       GROUP BY meter_id, zone, period
    ), span AS (
      SELECT meter_id, zone,
             max(value) FILTER (WHERE recency = 1) - max(value) FILTER (WHERE recency = n) AS used,
             max(month_index) - min(month_index) AS months
        FROM (SELECT *, max(recency) OVER (PARTITION BY meter_id, zone) AS n
                FROM per_period WHERE recency <= 7) AS recent
       GROUP BY meter_id, zone
    )
    SELECT meter_id, zone, trim_scale(round(used / months, 4))::text AS average
      FROM span WHERE months > 0 AND used >= 0`.execute(trx);
  for (const row of averages.rows) {
    if (row.average !== null) averageMonthly.set(zoneKey(row.meter_id, row.zone), row.average);
  }
  return { meters, links, previous, averageMonthly, periods };
}
