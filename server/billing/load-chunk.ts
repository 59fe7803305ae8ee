import { sql, type Transaction } from 'kysely';

import { previousPeriod } from '../../shared/domain/periods.js';
import type { Database } from '../db/schema.js';
import type { PreviousCharge } from './estimate.js';
import { recentRealVolumes, serviceKey, spanVolumes, type ZoneTotals } from './load-history.js';
import { loadReadings } from './load-readings.js';
import type { MeterFacts, MeterReadings } from './meter-charge.js';

export { serviceKey, type ZoneTotals } from './load-history.js';

/** What the close reads for a chunk of accounts. */

export interface AccountServiceFacts {
  accountId: number;
  serviceId: number;
  supplierId: number;
  code: string;
  residents: number;
  area: string;
  /** The account's individual meter of this service (the latest installed), if any. */
  meter: MeterFacts | null;
  previous: PreviousCharge | null;
  /** The previous charge's debt at the end (0 without one). */
  debtStart: number;
}

export interface ChunkFacts {
  services: AccountServiceFacts[];
  readings: Map<number, MeterReadings>;
  /** Volumes of the last (≤ 6) periods charged by real readings (services to be estimated only). */
  recent: ZoneTotals;
  /** Volumes charged between the base reading and this period, and whether all were estimates. */
  spans: ZoneTotals;
  recalculable: Map<string, boolean>;
  paid: Map<string, number>;
}

/** Loads everything the close needs about `accountIds` for `period`, in six queries. */
export async function loadChunk(
  trx: Transaction<Database>,
  accountIds: number[],
  period: string,
): Promise<ChunkFacts> {
  const services = await loadServices(trx, accountIds, period);
  const metered = services.filter((s) => s.meter !== null);
  const readings = await loadReadings(
    trx,
    metered.map((s) => s.meter!),
    period,
  );
  const estimated = metered.filter((s) => {
    const r = readings.get(s.meter!.id);
    return !r?.current || !r.base;
  });
  const recent = await recentRealVolumes(trx, estimated, period);
  // Only a base reading older than the previous period leaves estimated periods in between.
  const before = previousPeriod(period);
  const spans = await spanVolumes(
    trx,
    metered.flatMap((s) => {
      const r = readings.get(s.meter!.id);
      return r?.current && r.base && r.base.period < before ? [{ ...s, after: r.base.period }] : [];
    }),
    period,
  );
  const paidRows = await sql<{ account_id: number; service_id: number; paid: number }>`
    SELECT account_id, service_id, sum(amount)::bigint AS paid FROM payments
     WHERE account_id = ANY(${accountIds}::int[]) AND period = ${period} AND service_id IS NOT NULL
     GROUP BY account_id, service_id`.execute(trx);
  return {
    services,
    readings,
    recent,
    spans: spans.totals,
    recalculable: spans.recalculable,
    paid: new Map(paidRows.rows.map((r) => [serviceKey(r.account_id, r.service_id), r.paid])),
  };
}

async function loadServices(
  trx: Transaction<Database>,
  accountIds: number[],
  period: string,
): Promise<AccountServiceFacts[]> {
  const rows = await sql<{
    account_id: number;
    service_id: number;
    supplier_id: number;
    code: string;
    residents: number;
    area: string;
    meter_id: number | null;
    zones: number | null;
    digit_capacity: number | null;
    fraction_digits: number | null;
    next_verification_on: string | null;
    prev_method: PreviousCharge['method'] | null;
    prev_reason: PreviousCharge['reason'];
    prev_streak: number | null;
    prev_debt_end: number | null;
  }>`SELECT s.account_id, s.service_id, s.supplier_id, sv.code, a.residents, a.area::text AS area,
            m.id AS meter_id, m.zones, m.digit_capacity, m.fraction_digits,
            m.next_verification_on::text AS next_verification_on,
            pc.method AS prev_method, pc.reason AS prev_reason, pc.estimated_streak AS prev_streak,
            pc.debt_end AS prev_debt_end
       FROM account_services s
       JOIN accounts a ON a.id = s.account_id
       JOIN services sv ON sv.id = s.service_id
       LEFT JOIN LATERAL (
         SELECT id, zones, digit_capacity, fraction_digits, next_verification_on FROM meters
          WHERE account_id = s.account_id AND service_id = s.service_id AND kind = 'individual'
          ORDER BY installed_on DESC, id DESC LIMIT 1) AS m ON true
       LEFT JOIN LATERAL (
         SELECT method, reason, estimated_streak, debt_end FROM charges
          WHERE account_id = s.account_id AND service_id = s.service_id AND period < ${period}
          ORDER BY period DESC LIMIT 1) AS pc ON true
      WHERE s.account_id = ANY(${accountIds}::int[])
      ORDER BY s.account_id, s.service_id`.execute(trx);
  return rows.rows.map((r) => ({
    accountId: r.account_id,
    serviceId: r.service_id,
    supplierId: r.supplier_id,
    code: r.code,
    residents: r.residents,
    area: r.area,
    meter:
      r.meter_id === null
        ? null
        : {
            id: r.meter_id,
            zones: r.zones as 1 | 2 | 3,
            digitCapacity: r.digit_capacity!,
            fractionDigits: r.fraction_digits!,
            nextVerificationOn: r.next_verification_on!,
          },
    previous:
      r.prev_method === null
        ? null
        : { method: r.prev_method, reason: r.prev_reason, streak: r.prev_streak },
    debtStart: r.prev_debt_end ?? 0,
  }));
}
