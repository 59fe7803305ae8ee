import { sql } from 'kysely';

import type { CentralDb } from '../../../server/db/connect.js';

/** What a period close wrote, read back with numbers trimmed of trailing zeros. */

export interface ChargeView {
  id: number;
  method: string;
  reason: string | null;
  streak: number | null;
  volume: string;
  tariff: string;
  coefficient: string;
  debtStart: number;
  charged: number;
  recalculation: number;
  paid: number;
  debtEnd: number;
  lines: {
    zone: string;
    start: string | null;
    end: string | null;
    volume: string;
    price: string;
    amount: number;
  }[];
}

/** The charge of one account-service and period with its lines (numbers trimmed of zeros). */
export async function chargeOf(
  central: CentralDb,
  accountId: number,
  serviceId: number,
  period: string,
): Promise<ChargeView | undefined> {
  const charge = await sql<Omit<ChargeView, 'lines'>>`
    SELECT id, method, reason, estimated_streak AS streak, trim_scale(volume)::text AS volume,
           trim_scale(tariff)::text AS tariff, trim_scale(coefficient)::text AS coefficient,
           debt_start AS "debtStart", charged, recalculation, paid, debt_end AS "debtEnd"
      FROM charges WHERE account_id = ${accountId} AND service_id = ${serviceId} AND period = ${period}`.execute(
    central.db,
  );
  const row = charge.rows[0];
  if (!row) return undefined;
  const lines = await sql<ChargeView['lines'][number]>`
    SELECT zone, trim_scale(reading_start)::text AS start, trim_scale(reading_end)::text AS "end",
           trim_scale(volume)::text AS volume, trim_scale(price)::text AS price, amount
      FROM charge_lines WHERE charge_id = ${row.id} ORDER BY zone`.execute(central.db);
  return { ...row, lines: lines.rows };
}

/** Calculated (or real) readings of a meter for a period: zone → [value, source]. */
export async function readingsOf(
  central: CentralDb,
  meterId: number,
  period: string,
): Promise<{ zone: string; value: string; source: string }[]> {
  const rows = await sql<{ zone: string; value: string; source: string }>`
    SELECT zone, trim_scale(value)::text AS value, source FROM readings
     WHERE meter_id = ${meterId} AND period = ${period} ORDER BY entered_at, zone`.execute(
    central.db,
  );
  return rows.rows;
}
