import { sql, type Transaction } from 'kysely';

import type { Database } from '../db/schema.js';
import { batches, tally } from './apply-accounts.js';
import type { ChargeRow, PaymentRow } from './files.js';
import type { Resolved } from './references.js';
import { emptyCounts, type RowCounts } from './report.js';

type AccountId = (number: string) => number;

/** Links each charged (account, service) to the supplier of its latest period's charge. */
export async function upsertAccountServices(
  trx: Transaction<Database>,
  charges: ChargeRow[],
  resolved: Resolved,
  accountId: AccountId,
): Promise<RowCounts> {
  const latest = new Map<string, ChargeRow>();
  for (const c of charges) {
    const key = `${c.account}|${c.service}`;
    const seen = latest.get(key);
    if (!seen || seen.period < c.period) latest.set(key, c);
  }
  const links = [...latest.values()].map((c) => {
    const regionId = resolved.accountRegion.get(c.account)!.regionId;
    return {
      region_id: regionId,
      account_id: accountId(c.account),
      service_id: resolved.serviceIds.get(`${regionId}|${c.service}`)!,
      supplier_id: resolved.supplierIds.get(`${regionId}|${c.supplier_inn}`)!,
    };
  });
  const counts = emptyCounts(links.length);
  for (const batch of batches(links)) {
    const returned = await trx
      .insertInto('account_services')
      .values(batch)
      .onConflict((oc) =>
        oc
          .columns(['account_id', 'service_id'])
          .doUpdateSet((eb) => ({ supplier_id: eb.ref('excluded.supplier_id') }))
          .where(sql<boolean>`account_services.supplier_id IS DISTINCT FROM excluded.supplier_id`),
      )
      .returning(sql<boolean>`xmax = 0`.as('inserted'))
      .execute();
    tally(counts, returned);
  }
  counts.unchanged = counts.rows - counts.inserted - counts.updated;
  return counts;
}

const CHARGE_FIELDS = [
  'supplier_id',
  'method',
  'volume',
  'tariff',
  'coefficient',
  'debt_start',
  'charged',
  'recalculation',
  'paid',
  'debt_end',
] as const;

/** Upserts charges by account + service + period. */
export async function upsertCharges(
  trx: Transaction<Database>,
  rows: ChargeRow[],
  resolved: Resolved,
  accountId: AccountId,
): Promise<RowCounts> {
  const counts = emptyCounts(rows.length);
  const current = sql.join(CHARGE_FIELDS.map((f) => sql.ref(`charges.${f}`)));
  const incoming = sql.join(CHARGE_FIELDS.map((f) => sql.ref(`excluded.${f}`)));
  for (const batch of batches(rows)) {
    const values = batch.map((c) => {
      const regionId = resolved.accountRegion.get(c.account)!.regionId;
      return {
        account_id: accountId(c.account),
        service_id: resolved.serviceIds.get(`${regionId}|${c.service}`)!,
        supplier_id: resolved.supplierIds.get(`${regionId}|${c.supplier_inn}`)!,
        period: c.period,
        method: c.method,
        volume: c.volume,
        tariff: c.tariff,
        coefficient: c.coefficient,
        debt_start: c.debt_start,
        charged: c.charged,
        recalculation: c.recalculation,
        paid: c.paid,
        debt_end: c.debt_end,
      };
    });
    const returned = await trx
      .insertInto('charges')
      .values(values)
      .onConflict((oc) =>
        oc
          .columns(['account_id', 'service_id', 'period'])
          .doUpdateSet((eb) =>
            Object.fromEntries(CHARGE_FIELDS.map((f) => [f, eb.ref(`excluded.${f}`)])),
          )
          .where(sql<boolean>`(${current}) IS DISTINCT FROM (${incoming})`),
      )
      .returning(sql<boolean>`xmax = 0`.as('inserted'))
      .execute();
    tally(counts, returned);
  }
  counts.unchanged = counts.rows - counts.inserted - counts.updated;
  return counts;
}

/** Upserts payments by external id; paid_at is local time of the account's region. */
export async function upsertPayments(
  trx: Transaction<Database>,
  rows: PaymentRow[],
  resolved: Resolved,
  accountId: AccountId,
): Promise<RowCounts> {
  const counts = emptyCounts(rows.length);
  const fields = ['account_id', 'service_id', 'period', 'paid_at', 'amount', 'place'] as const;
  const current = sql.join(fields.map((f) => sql.ref(`payments.${f}`)));
  const incoming = sql.join(fields.map((f) => sql.ref(`excluded.${f}`)));
  for (const batch of batches(rows)) {
    const values = batch.map((p) => {
      const region = resolved.accountRegion.get(p.account)!;
      return {
        external_id: p.external_id,
        account_id: accountId(p.account),
        service_id:
          p.service === null ? null : resolved.serviceIds.get(`${region.regionId}|${p.service}`)!,
        period: p.period,
        paid_at: sql<Date>`(${p.paid_at}::timestamp AT TIME ZONE ${region.timeZone})`,
        amount: p.amount,
        place: p.place,
      };
    });
    const returned = await trx
      .insertInto('payments')
      .values(values)
      .onConflict((oc) =>
        oc
          .column('external_id')
          .doUpdateSet((eb) => Object.fromEntries(fields.map((f) => [f, eb.ref(`excluded.${f}`)])))
          .where(sql<boolean>`(${current}) IS DISTINCT FROM (${incoming})`),
      )
      .returning(sql<boolean>`xmax = 0`.as('inserted'))
      .execute();
    tally(counts, returned);
  }
  counts.unchanged = counts.rows - counts.inserted - counts.updated;
  return counts;
}
