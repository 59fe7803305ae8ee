import { sql, type Transaction } from 'kysely';

import type { Database } from '../db/schema.js';
import type { AccountRow, MeterRow } from './files.js';
import type { Resolved } from './references.js';
import { emptyCounts, type RowCounts } from './report.js';

export const BATCH = 1000;

export function* batches<T>(items: readonly T[], size = BATCH): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

/** Tallies rows returned by an upsert that skips unchanged rows (`inserted` = xmax = 0). */
export function tally(counts: RowCounts, returned: { inserted: boolean }[]): void {
  for (const row of returned) {
    if (row.inserted) counts.inserted++;
    else counts.updated++;
  }
}

/** Upserts accounts by number; returns every file account's id. Unchanged rows keep their rev. */
export async function upsertAccounts(
  trx: Transaction<Database>,
  rows: AccountRow[],
  resolved: Resolved,
): Promise<{ counts: RowCounts; ids: Map<string, number> }> {
  const counts = emptyCounts(rows.length);
  for (const batch of batches(rows)) {
    const returned = await trx
      .insertInto('accounts')
      .values(
        batch.map((a) => ({
          region_id: resolved.regionByCode.get(a.region)!.id,
          number: a.number,
          owner_name: a.owner_name,
          owner_phone: a.owner_phone,
          address: a.address,
          area: a.area,
          rooms: a.rooms,
          residents: a.residents,
        })),
      )
      .onConflict((oc) =>
        oc
          .column('number')
          .doUpdateSet((eb) => ({
            owner_name: eb.ref('excluded.owner_name'),
            owner_phone: eb.ref('excluded.owner_phone'),
            address: eb.ref('excluded.address'),
            area: eb.ref('excluded.area'),
            rooms: eb.ref('excluded.rooms'),
            residents: eb.ref('excluded.residents'),
          }))
          .where(
            sql<boolean>`(accounts.owner_name, accounts.owner_phone, accounts.address, accounts.area, accounts.rooms, accounts.residents)
              IS DISTINCT FROM (excluded.owner_name, excluded.owner_phone, excluded.address, excluded.area, excluded.rooms, excluded.residents)`,
          ),
      )
      .returning(sql<boolean>`xmax = 0`.as('inserted'))
      .execute();
    tally(counts, returned);
  }
  counts.unchanged = counts.rows - counts.inserted - counts.updated;
  const ids = new Map<string, number>();
  for (const batch of batches(rows.map((r) => r.number))) {
    const found = await trx
      .selectFrom('accounts')
      .select(['id', 'number'])
      .where('number', 'in', batch)
      .execute();
    for (const a of found) ids.set(a.number, a.id);
  }
  return { counts, ids };
}

/** Upserts meters by account + serial (no unique key in the schema: looked up, then written). */
export async function upsertMeters(
  trx: Transaction<Database>,
  rows: MeterRow[],
  resolved: Resolved,
  accountId: (number: string) => number,
): Promise<RowCounts> {
  const counts = emptyCounts(rows.length);
  for (const batch of batches(rows)) {
    const values = batch.map((m) => {
      const regionId = resolved.accountRegion.get(m.account)!.regionId;
      return {
        region_id: regionId,
        account_id: accountId(m.account),
        service_id: resolved.serviceIds.get(`${regionId}|${m.service}`)!,
        kind: m.kind,
        serial: m.serial,
        zones: m.zones,
        digit_capacity: m.digit_capacity,
        fraction_digits: m.fraction_digits,
        installed_on: m.installed_on,
        verified_on: m.verified_on,
        next_verification_on: m.next_verification_on,
      };
    });
    const existing = await trx
      .selectFrom('meters')
      .selectAll()
      .where('account_id', 'in', [...new Set(values.map((v) => v.account_id))])
      .orderBy('id')
      .execute();
    const byKey = new Map<string, (typeof existing)[number]>();
    for (const m of existing)
      if (!byKey.has(`${m.account_id}|${m.serial}`)) byKey.set(`${m.account_id}|${m.serial}`, m);
    const fresh = [];
    for (const v of values) {
      const old = byKey.get(`${v.account_id}|${v.serial}`);
      if (!old) fresh.push(v);
      else if (
        (Object.keys(v) as (keyof typeof v)[]).some((k) => String(old[k]) !== String(v[k]))
      ) {
        await trx.updateTable('meters').set(v).where('id', '=', old.id).execute();
        counts.updated++;
      } else counts.unchanged++;
    }
    if (fresh.length > 0) await trx.insertInto('meters').values(fresh).execute();
    counts.inserted += fresh.length;
  }
  return counts;
}
