import { sql } from 'kysely';

import type { CentralDb } from '../../../../server/db/connect.js';
import { withSyncWriteLock } from '../../../../server/sync/write-lock.js';
import type { SyncEntity } from '../../../../shared/sync/protocol.js';

const tableOf: Record<SyncEntity, string> = {
  region: 'regions',
  supplier: 'suppliers',
  service: 'services',
  tariff: 'tariffs',
  account: 'accounts',
  accountService: 'account_services',
  meter: 'meters',
  reading: 'readings',
  charge: 'charges',
  chargeLine: 'charge_lines',
  payment: 'payments',
  supportRequest: 'support_requests',
  supportReply: 'support_request_replies',
};

/** Deletes a pulled row the way the central service must: with a tombstone, under the write lock. */
export async function deleteOnServer(
  central: CentralDb,
  entity: SyncEntity,
  id: number,
  regionId: number,
): Promise<void> {
  await withSyncWriteLock(central.db, async (trx) => {
    await sql`DELETE FROM ${sql.table(tableOf[entity])} WHERE id = ${id}`.execute(trx);
    await trx
      .insertInto('sync_tombstones')
      .values({ region_id: regionId, entity, entity_id: id })
      .execute();
  });
}

/** Changes an account's address (its rev is bumped by the trigger). */
export async function renameAddressOnServer(
  central: CentralDb,
  accountId: number,
  address: string,
): Promise<void> {
  await withSyncWriteLock(central.db, (trx) =>
    trx.updateTable('accounts').set({ address }).where('id', '=', accountId).execute(),
  );
}
