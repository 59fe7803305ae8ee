import { randomUUID } from 'node:crypto';

import type { CentralDb } from '../../server/db/connect.js';
import { withSyncWriteLock } from '../../server/sync/write-lock.js';

/** How many rows of each billing table seedBilling wrote. */
export interface SeededBilling {
  readings: number;
  charges: number;
  chargeLines: number;
  payments: number;
  requests: number;
  replies: number;
}

const SOURCES = ['cabinet', 'kiosk', 'counter', 'automatic'] as const;
const ZONES: Record<number, ('single' | 'T1' | 'T2' | 'T3')[]> = {
  1: ['single'],
  2: ['T1', 'T2'],
  3: ['T1', 'T2', 'T3'],
};

/** `count` consecutive periods ending with `last` ('YYYY-MM'), oldest first. */
export function periodsEndingAt(last: string, count: number): string[] {
  const [year, month] = last.split('-').map(Number) as [number, number];
  const end = year * 12 + month - 1;
  return Array.from({ length: count }, (_, i) => {
    const m = end - count + 1 + i;
    return `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
  });
}

/**
 * A deterministic billing history for existing accounts, under the sync write lock (region_id
 * of readings, charges and payments left to the 0004 triggers): per meter zone and period a
 * reading (every 5th by average, every 7th also a rejected one), per linked service and period a
 * charge with one line per meter zone (one line without readings when the service has no meter),
 * a payment per account and period, and two support requests per account, the second answered.
 */
export async function seedBilling(
  central: CentralDb,
  accountIds: readonly number[],
  periods: readonly string[],
): Promise<SeededBilling> {
  const counts: SeededBilling = {
    readings: 0,
    charges: 0,
    chargeLines: 0,
    payments: 0,
    requests: 0,
    replies: 0,
  };
  await withSyncWriteLock(central.db, async (trx) => {
    for (const accountId of accountIds) {
      const meters = await trx
        .selectFrom('meters')
        .select(['id', 'service_id', 'zones', 'region_id'])
        .where('account_id', '=', accountId)
        .orderBy('id')
        .execute();
      const links = await trx
        .selectFrom('account_services')
        .select(['service_id', 'supplier_id', 'region_id'])
        .where('account_id', '=', accountId)
        .orderBy('id')
        .execute();
      const debts = new Map<number, number>();
      for (const [p, period] of periods.entries()) {
        for (const meter of meters) {
          for (const [z, zone] of (ZONES[meter.zones] ?? ['single']).entries()) {
            const n = meter.id + p + z;
            const rows = [
              {
                id: randomUUID(),
                meter_id: meter.id,
                period,
                zone,
                value: `${100 + p * 12 + z * 1000}.${n % 10}50`,
                source: n % 5 === 0 ? ('average' as const) : SOURCES[n % SOURCES.length]!,
                entered_at: `${period}-2${z}T0${(n % 9) + 1}:15:00.123456Z`,
              },
            ];
            if (n % 7 === 0)
              rows.push({ ...rows[0]!, id: randomUUID(), value: '5', source: 'kiosk' });
            await trx
              .insertInto('readings')
              .values(rows.map((r, i) => ({ ...r, status: i === 0 ? 'accepted' : 'rejected' })))
              .execute();
            counts.readings += rows.length;
          }
        }
        let paid = 0;
        for (const link of links) {
          const meter = meters.find((m) => m.service_id === link.service_id);
          const debtStart = debts.get(link.service_id) ?? 0;
          const charged = 10_000 + p * 137 + link.service_id;
          const servicePaid = Math.max(0, debtStart);
          paid += servicePaid;
          debts.set(link.service_id, debtStart + charged - servicePaid);
          const charge = await trx
            .insertInto('charges')
            .values({
              account_id: accountId,
              service_id: link.service_id,
              supplier_id: link.supplier_id,
              period,
              method: meter ? 'meter' : 'area',
              volume: '12.5000',
              tariff: '41.2300',
              coefficient: '1.0000',
              debt_start: debtStart,
              charged,
              paid: servicePaid,
              debt_end: debtStart + charged - servicePaid,
            })
            .returning('id')
            .executeTakeFirstOrThrow();
          const zones = meter ? (ZONES[meter.zones] ?? ['single']) : (['single'] as const);
          await trx
            .insertInto('charge_lines')
            .values(
              zones.map((zone, z) => ({
                region_id: link.region_id,
                charge_id: charge.id,
                zone,
                reading_start: meter ? `${88 + p * 12 + z * 1000}.0000` : null,
                reading_end: meter ? `${100 + p * 12 + z * 1000}.5000` : null,
                volume: '12.5000',
                price: '41.2300',
                amount: Math.round(charged / zones.length),
              })),
            )
            .execute();
          counts.charges += 1;
          counts.chargeLines += zones.length;
        }
        if (paid > 0) {
          await trx
            .insertInto('payments')
            .values({
              account_id: accountId,
              service_id: null,
              period,
              paid_at: `${period}-05T07:30:00.000Z`,
              amount: paid,
              place: 'Касса ЕРЦ',
            })
            .execute();
          counts.payments += 1;
        }
      }
      const regionId = links[0]?.region_id ?? meters[0]?.region_id;
      if (regionId === undefined) continue;
      for (const n of [1, 2]) {
        const request = await trx
          .insertInto('support_requests')
          .values({
            region_id: regionId,
            number: `T-${accountId}-${n}`,
            submission_id: randomUUID(),
            account_id: accountId,
            source: 'counter',
            topic: n === 1 ? 'Перерасчёт' : 'Замена счётчика',
            body: `Обращение ${n} по счёту ${accountId}`,
            contact: '+79030000000',
            status: n === 1 ? 'new' : 'answered',
            created_at: `2026-01-1${n}T05:00:00.000Z`,
            updated_at: `2026-01-1${n}T06:00:00.000Z`,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        counts.requests += 1;
        if (n === 2) {
          await trx
            .insertInto('support_request_replies')
            .values({
              region_id: regionId,
              request_id: request.id,
              author: 'Оператор ЕРЦ',
              body: 'Мастер придёт в четверг',
              created_at: '2026-01-13T08:00:00.000Z',
            })
            .execute();
          counts.replies += 1;
        }
      }
    }
  });
  return counts;
}
