import { type Selectable, sql } from 'kysely';

import type { CentralDb } from '../../../../server/db/connect.js';
import type { Database } from '../../../../server/db/schema.js';
import * as billing from '../../../../server/sync/billing-rows.js';
import * as rows from '../../../../server/sync/rows.js';
import type { DeviceProfile } from '../../../../shared/contract/views.js';
import type { SyncEntity, SyncRow } from '../../../../shared/sync/protocol.js';

export type RowsByEntity = { [E in SyncEntity]: SyncRow<E>[] };

/** Central tables a device pulls that carry region_id (every one but regions and tombstones). */
const regionTables = [
  'suppliers',
  'services',
  'tariffs',
  'accounts',
  'account_services',
  'meters',
  'readings',
  'charges',
  'charge_lines',
  'payments',
  'support_requests',
  'support_request_replies',
] as const;
type RegionTable = (typeof regionTables)[number];

/** Every row a device of `profile` in `regionId` should hold, read straight from the central DB. */
export async function readServerRows(
  central: CentralDb,
  regionId: number,
  profile: DeviceProfile,
  /** Only rows whose rev is at most this (what a device holds after applying up to that rev). */
  maxRev: number = Number.MAX_SAFE_INTEGER,
): Promise<RowsByEntity> {
  const db = central.db;
  // One generic read for every table; the cast only names the row type Kysely cannot infer here.
  const inRegion = <T extends RegionTable>(table: T) =>
    db
      .selectFrom(table as 'meters')
      .selectAll()
      .where('region_id', '=', regionId)
      .where('rev', '<=', maxRev)
      .orderBy('id')
      .execute() as unknown as Promise<Selectable<Database[T]>[]>;
  const regions = await db
    .selectFrom('regions')
    .selectAll()
    .where('id', '=', regionId)
    .where('rev', '<=', maxRev)
    .execute();
  return {
    region: regions.map(rows.toRegionRow),
    supplier: (await inRegion('suppliers')).map(rows.toSupplierRow),
    service: (await inRegion('services')).map(rows.toServiceRow),
    tariff: (await inRegion('tariffs')).map(rows.toTariffRow),
    account: (await inRegion('accounts')).map((r) => rows.toAccountRow(r, profile)),
    accountService: (await inRegion('account_services')).map(rows.toAccountServiceRow),
    meter: (await inRegion('meters')).map(rows.toMeterRow),
    reading: (await inRegion('readings')).map(billing.toReadingRow),
    charge: (await inRegion('charges')).map(billing.toChargeRow),
    chargeLine: (await inRegion('charge_lines')).map(billing.toChargeLineRow),
    payment: (await inRegion('payments')).map(billing.toPaymentRow),
    supportRequest: (await inRegion('support_requests')).map((r) =>
      billing.toSupportRequestRow(r, profile),
    ),
    supportReply: (await inRegion('support_request_replies')).map(billing.toSupportReplyRow),
  };
}

/** The highest rev of the region's change feed (rows and tombstones). */
export async function serverLastRev(central: CentralDb, regionId: number): Promise<number> {
  const perTable = [...regionTables, 'sync_tombstones' as const].map(
    (table) => sql`SELECT max(rev) AS rev FROM ${sql.table(table)} WHERE region_id = ${regionId}`,
  );
  const result = await sql<{ rev: number | null }>`SELECT max(rev)::bigint AS rev FROM (
      SELECT max(rev) AS rev FROM regions WHERE id = ${regionId}
      UNION ALL ${sql.join(perTable, sql` UNION ALL `)}) AS feed`.execute(central.db);
  return Number(result.rows[0]?.rev ?? 0);
}
