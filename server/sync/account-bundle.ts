import type { Kysely } from 'kysely';

import type { AccountBundle } from '../../shared/sync/http.js';
import type { Database } from '../db/schema.js';
import { requireLinkedAccount } from './linked-account.js';
import * as rows from './rows.js';

/**
 * Everything a device needs to show one account of the signed-in resident, in any region:
 * the account (with its owner's name and phone), its services, suppliers, tariffs and meters.
 * @throws HttpError not_found (404) when the account is not linked to `userId`.
 */
export async function loadAccountBundle(
  db: Kysely<Database>,
  userId: number,
  accountId: number,
): Promise<AccountBundle> {
  const account = await requireLinkedAccount(db, userId, accountId);
  const [region, accountServices, meters] = await Promise.all([
    db
      .selectFrom('regions')
      .selectAll()
      .where('id', '=', account.region_id)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('account_services')
      .selectAll()
      .where('account_id', '=', accountId)
      .orderBy('id')
      .execute(),
    db.selectFrom('meters').selectAll().where('account_id', '=', accountId).orderBy('id').execute(),
  ]);
  const serviceIds = unique([
    ...accountServices.map((s) => s.service_id),
    ...meters.map((m) => m.service_id),
  ]);
  const services = serviceIds.length
    ? await db
        .selectFrom('services')
        .selectAll()
        .where('id', 'in', serviceIds)
        .orderBy('id')
        .execute()
    : [];
  const tariffs = serviceIds.length
    ? await db
        .selectFrom('tariffs')
        .selectAll()
        .where('service_id', 'in', serviceIds)
        .where('region_id', '=', account.region_id)
        .orderBy('id')
        .execute()
    : [];
  const supplierIds = unique([
    ...accountServices.map((s) => s.supplier_id),
    ...tariffs.map((t) => t.supplier_id),
  ]);
  const suppliers = supplierIds.length
    ? await db
        .selectFrom('suppliers')
        .selectAll()
        .where('id', 'in', supplierIds)
        .orderBy('id')
        .execute()
    : [];
  return {
    region: rows.toRegionRow(region),
    account: rows.toAccountRow(account, 'owner'),
    accountServices: accountServices.map(rows.toAccountServiceRow),
    services: services.map(rows.toServiceRow),
    tariffs: tariffs.map(rows.toTariffRow),
    suppliers: suppliers.map(rows.toSupplierRow),
    meters: meters.map(rows.toMeterRow),
  };
}

const unique = (ids: number[]) => [...new Set(ids)];
