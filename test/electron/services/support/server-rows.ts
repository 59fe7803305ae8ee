import { sql } from 'kysely';

import type { CentralDb } from '../../../../server/db/connect.js';
import * as rows from '../../../../server/sync/rows.js';
import type { DeviceProfile } from '../../../../shared/contract/views.js';
import type { SyncEntity, SyncRow } from '../../../../shared/sync/protocol.js';

export type RowsByEntity = { [E in SyncEntity]: SyncRow<E>[] };

/** Every row a device of `profile` in `regionId` should hold, read straight from the central DB. */
export async function readServerRows(
  central: CentralDb,
  regionId: number,
  profile: DeviceProfile,
  /** Only rows whose rev is at most this (what a device holds after applying up to that rev). */
  maxRev: number = Number.MAX_SAFE_INTEGER,
): Promise<RowsByEntity> {
  const db = central.db;
  const [regions, suppliers, services, tariffs, accounts, accountServices, meters] =
    await Promise.all([
      db
        .selectFrom('regions')
        .selectAll()
        .where('id', '=', regionId)
        .where('rev', '<=', maxRev)
        .execute(),
      db
        .selectFrom('suppliers')
        .selectAll()
        .where('region_id', '=', regionId)
        .where('rev', '<=', maxRev)
        .orderBy('id')
        .execute(),
      db
        .selectFrom('services')
        .selectAll()
        .where('region_id', '=', regionId)
        .where('rev', '<=', maxRev)
        .orderBy('id')
        .execute(),
      db
        .selectFrom('tariffs')
        .selectAll()
        .where('region_id', '=', regionId)
        .where('rev', '<=', maxRev)
        .orderBy('id')
        .execute(),
      db
        .selectFrom('accounts')
        .selectAll()
        .where('region_id', '=', regionId)
        .where('rev', '<=', maxRev)
        .orderBy('id')
        .execute(),
      db
        .selectFrom('account_services')
        .selectAll()
        .where('region_id', '=', regionId)
        .where('rev', '<=', maxRev)
        .orderBy('id')
        .execute(),
      db
        .selectFrom('meters')
        .selectAll()
        .where('region_id', '=', regionId)
        .where('rev', '<=', maxRev)
        .orderBy('id')
        .execute(),
    ]);
  return {
    region: regions.map(rows.toRegionRow),
    supplier: suppliers.map(rows.toSupplierRow),
    service: services.map(rows.toServiceRow),
    tariff: tariffs.map(rows.toTariffRow),
    account: accounts.map((r) => rows.toAccountRow(r, profile)),
    accountService: accountServices.map(rows.toAccountServiceRow),
    meter: meters.map(rows.toMeterRow),
  };
}

/** The highest rev of the region's change feed (rows and tombstones). */
export async function serverLastRev(central: CentralDb, regionId: number): Promise<number> {
  const result = await sql<{ rev: number | null }>`SELECT max(rev)::bigint AS rev FROM (
      SELECT rev FROM regions WHERE id = ${regionId}
      UNION ALL SELECT rev FROM suppliers WHERE region_id = ${regionId}
      UNION ALL SELECT rev FROM services WHERE region_id = ${regionId}
      UNION ALL SELECT rev FROM tariffs WHERE region_id = ${regionId}
      UNION ALL SELECT rev FROM accounts WHERE region_id = ${regionId}
      UNION ALL SELECT rev FROM account_services WHERE region_id = ${regionId}
      UNION ALL SELECT rev FROM meters WHERE region_id = ${regionId}
      UNION ALL SELECT rev FROM sync_tombstones WHERE region_id = ${regionId}) AS feed`.execute(
    central.db,
  );
  return Number(result.rows[0]?.rev ?? 0);
}
