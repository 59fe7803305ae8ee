import { randomUUID } from 'node:crypto';

import { sql, type Transaction } from 'kysely';

import type { Database } from '../db/schema.js';
import type { ChargeDraft } from './account-charges.js';
import { arrayParam } from './array-param.js';

type Plain = string | number | null;

/** A charge with its balance, ready to be written. */
export interface BalancedCharge extends ChargeDraft {
  debtStart: number;
  paid: number;
  debtEnd: number;
}

/**
 * Writes a chunk's charges, their lines and the calculated readings, each table in one
 * INSERT … SELECT FROM unnest(arrays) (a bound array per column). Region ids are given, so the
 * fill-in triggers have nothing to look up.
 */
export async function writeChunk(
  trx: Transaction<Database>,
  regionId: number,
  period: string,
  now: Date,
  charges: readonly BalancedCharge[],
): Promise<void> {
  if (charges.length === 0) return;
  const col = (pick: (c: BalancedCharge) => Plain) => arrayParam(charges.map(pick));
  const ids = await sql<{ id: number; account_id: number; service_id: number }>`
    INSERT INTO charges (region_id, period, account_id, service_id, supplier_id, method, reason,
      estimated_streak, volume, tariff, coefficient, debt_start, charged, recalculation, paid, debt_end)
    SELECT ${regionId}, ${period}, * FROM unnest(
      ${col((c) => c.facts.accountId)}::int[], ${col((c) => c.facts.serviceId)}::int[],
      ${col((c) => c.facts.supplierId)}::int[], ${col((c) => c.method)}::text[],
      ${col((c) => c.reason)}::text[], ${col((c) => c.streak)}::smallint[],
      ${col((c) => c.volume)}::numeric[], ${col((c) => c.tariff)}::numeric[],
      ${col((c) => c.coefficient)}::numeric[], ${col((c) => c.debtStart)}::bigint[],
      ${col((c) => c.charged)}::bigint[], ${col((c) => c.recalculation)}::bigint[],
      ${col((c) => c.paid)}::bigint[], ${col((c) => c.debtEnd)}::bigint[])
    RETURNING id, account_id, service_id`.execute(trx);
  const chargeId = new Map(ids.rows.map((r) => [`${r.account_id}|${r.service_id}`, r.id]));
  const idOf = (c: BalancedCharge) => chargeId.get(`${c.facts.accountId}|${c.facts.serviceId}`)!;

  const lines = charges.flatMap((c) => c.lines.map((line) => ({ chargeId: idOf(c), ...line })));
  if (lines.length > 0) {
    const lineCol = (pick: (l: (typeof lines)[number]) => Plain) => arrayParam(lines.map(pick));
    await sql`
      INSERT INTO charge_lines (region_id, charge_id, zone, reading_start, reading_end, volume, price, amount)
      SELECT ${regionId}, * FROM unnest(${lineCol((l) => l.chargeId)}::bigint[],
        ${lineCol((l) => l.zone)}::text[], ${lineCol((l) => l.readingStart)}::numeric[],
        ${lineCol((l) => l.readingEnd)}::numeric[], ${lineCol((l) => l.volume)}::numeric[],
        ${lineCol((l) => l.price)}::numeric[], ${lineCol((l) => l.amount)}::bigint[])`.execute(trx);
  }

  const readings = charges.flatMap((c) => c.calculated);
  if (readings.length > 0) {
    const readingCol = (pick: (r: (typeof readings)[number]) => Plain) =>
      arrayParam(readings.map(pick));
    await sql`
      INSERT INTO readings (id, region_id, meter_id, period, zone, value, source, entered_at)
      SELECT k.id, ${regionId}, k.meter_id, ${period}, k.zone, k.value, k.source, ${now}::timestamptz
        FROM unnest(${readingCol(() => randomUUID())}::uuid[], ${readingCol((r) => r.meterId)}::int[],
          ${readingCol((r) => r.zone)}::text[], ${readingCol((r) => r.value)}::numeric[],
          ${readingCol((r) => r.source)}::text[]) AS k(id, meter_id, zone, value, source)`.execute(
      trx,
    );
  }
}
