import { sql, type Transaction } from 'kysely';

import type { Database } from '../db/schema.js';
import type { Zone } from './zones.js';

/** Per `${accountId}|${serviceId}` and zone: a DB numeric total and how many periods it covers. */
export type ZoneTotals = Map<string, Map<Zone, { total: string; periods: number }>>;

export const serviceKey = (accountId: number, serviceId: number) => `${accountId}|${serviceId}`;

export interface ServiceRef {
  accountId: number;
  serviceId: number;
}

/**
 * Volumes per zone of the last (≤ 6) periods charged by real readings, for the services about to
 * be estimated: the average of ПП 354 п.59 is taken over them.
 */
export async function recentRealVolumes(
  trx: Transaction<Database>,
  services: readonly ServiceRef[],
  period: string,
): Promise<ZoneTotals> {
  const { totals } = await zoneTotals(
    trx,
    sql`unnest(${services.map((s) => s.accountId)}::int[], ${services.map((s) => s.serviceId)}::int[])
        AS k(account_id, service_id)
      CROSS JOIN LATERAL (SELECT c.id, c.volume, c.method, c.reason FROM charges c
        WHERE c.account_id = k.account_id AND c.service_id = k.service_id AND c.period < ${period}
          AND c.method = 'meter' ORDER BY c.period DESC LIMIT 6) AS c`,
  );
  return totals;
}

/**
 * Volumes per zone charged after each service's base reading (`after`) and before `period`,
 * and whether every one of those charges was an estimate that may be recalculated (by average
 * or normative, not on a failed meter).
 */
export function spanVolumes(
  trx: Transaction<Database>,
  spans: readonly (ServiceRef & { after: string })[],
  period: string,
): Promise<{ totals: ZoneTotals; recalculable: Map<string, boolean> }> {
  return zoneTotals(
    trx,
    sql`unnest(${spans.map((s) => s.accountId)}::int[], ${spans.map((s) => s.serviceId)}::int[],
        ${spans.map((s) => s.after)}::text[]) AS k(account_id, service_id, after_period)
      JOIN charges c ON c.account_id = k.account_id AND c.service_id = k.service_id
        AND c.period > k.after_period AND c.period < ${period}`,
  );
}

/** Sums line volumes per account-service and zone over the charges `source` selects (aliased c). */
async function zoneTotals(
  trx: Transaction<Database>,
  source: ReturnType<typeof sql>,
): Promise<{ totals: ZoneTotals; recalculable: Map<string, boolean> }> {
  // A charge without lines (imported) counts as one 'single' line of its own volume.
  const rows = await sql<{
    account_id: number;
    service_id: number;
    zone: Zone;
    total: string;
    periods: number;
    recalculable: boolean;
  }>`SELECT k.account_id, k.service_id, coalesce(l.zone, 'single') AS zone,
            trim_scale(sum(coalesce(l.volume, c.volume)))::text AS total, count(*)::int AS periods,
            bool_and(c.method IN ('average', 'normative')
                     AND c.reason IS DISTINCT FROM 'verification_expired') AS recalculable
       FROM ${source}
       LEFT JOIN charge_lines l ON l.charge_id = c.id
      GROUP BY k.account_id, k.service_id, coalesce(l.zone, 'single')`.execute(trx);
  const totals: ZoneTotals = new Map();
  const recalculable = new Map<string, boolean>();
  for (const r of rows.rows) {
    const key = serviceKey(r.account_id, r.service_id);
    let zones = totals.get(key);
    if (!zones) totals.set(key, (zones = new Map()));
    zones.set(r.zone, { total: r.total, periods: r.periods });
    recalculable.set(key, (recalculable.get(key) ?? true) && r.recalculable);
  }
  return { totals, recalculable };
}
