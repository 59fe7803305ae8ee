import { type Kysely, sql, type Transaction } from 'kysely';

import type { Database } from '../db/schema.js';
import { realReadingStats } from './real-readings.js';

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

/** What a batch of readings is checked against, read inside its transaction. */
export interface AcceptanceContext {
  meters: Map<number, MeterFacts>;
  /** `${userId}:${accountId}` for every given user's linked account. */
  links: Set<string>;
  /** The latest accepted real value per `${meterId}:${zone}`; updated as the batch accepts readings. */
  previous: Map<string, string>;
  /** Average monthly consumption over the last 6 months of real readings per `${meterId}:${zone}`. */
  averageMonthly: Map<string, string>;
  /** Periods already worked out in this batch (see validate.ts). */
  periods: Map<string, string>;
}

export const zoneKey = (meterId: number, zone: string) => `${meterId}:${zone}`;

const DEFAULT_WINDOW = { fromDay: 15, toDay: 25 };

type Db = Transaction<Database> | Kysely<Database>;

/**
 * Loads the meters, links and latest real readings a batch needs, in two or three queries. No
 * row locks: the push runs under the sync write lock, which every writer of readings and meters
 * holds, so two devices submitting for one meter are checked one after the other.
 */
export async function loadAcceptanceContext(
  trx: Db,
  meterIds: number[],
  userIds: number[],
): Promise<AcceptanceContext> {
  const ids = [...new Set(meterIds)].sort((a, b) => a - b);
  const context: AcceptanceContext = {
    meters: new Map(),
    links: new Set(),
    previous: new Map(),
    averageMonthly: new Map(),
    periods: new Map(),
  };
  if (ids.length === 0) return context;
  for (const meter of await loadMeters(trx, ids)) context.meters.set(meter.id, meter);

  const users = [...new Set(userIds)];
  if (users.length > 0) {
    const accountIds = [...new Set([...context.meters.values()].map((m) => m.accountId)), 0];
    const linkRows = await trx
      .selectFrom('user_accounts')
      .select(['user_id', 'account_id'])
      .where('user_id', 'in', users)
      .where('account_id', 'in', accountIds)
      .execute();
    for (const link of linkRows) context.links.add(`${link.user_id}:${link.account_id}`);
  }

  for (const row of await realReadingStats(trx, ids)) {
    const key = zoneKey(row.meter_id, row.zone);
    if (row.kind === 'latest') context.previous.set(key, row.value);
    else context.averageMonthly.set(key, row.value);
  }
  return context;
}

async function loadMeters(trx: Db, ids: number[]): Promise<MeterFacts[]> {
  const rows = await sql<{
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
      WHERE m.id = ANY(${ids}::int[])`.execute(trx);
  return rows.rows.map((row) => ({
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
  }));
}
