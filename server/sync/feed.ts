import { type Kysely, type Selectable, sql } from 'kysely';

import type { DeviceProfile } from '../../shared/contract/views.js';
import { type SyncChange, type SyncEntity, syncEntities } from '../../shared/sync/protocol.js';
import type { Database } from '../db/schema.js';
import * as billing from './billing-rows.js';
import * as rows from './rows.js';

/** The tables a device pulls, each scoped to one region and ordered by the global rev. */
export type FeedTable =
  | 'regions'
  | 'suppliers'
  | 'services'
  | 'tariffs'
  | 'accounts'
  | 'account_services'
  | 'meters'
  | 'readings'
  | 'charges'
  | 'charge_lines'
  | 'payments'
  | 'support_requests'
  | 'support_request_replies'
  | 'sync_tombstones';

export interface Feed {
  table: FeedTable;
  /** regions are their own scope (id); every other table has region_id. Both are indexed with rev. */
  scopeColumn: 'id' | 'region_id';
  toChange(row: unknown, profile: DeviceProfile): SyncChange | null;
}

function feed<T extends FeedTable>(
  table: T,
  toChange: (row: Selectable<Database[T]>, profile: DeviceProfile) => SyncChange | null,
): Feed {
  const scopeColumn = table === 'regions' ? 'id' : 'region_id';
  return { table, scopeColumn, toChange: toChange as Feed['toChange'] };
}

const isEntity = (name: string): name is SyncEntity => Object.hasOwn(syncEntities, name);

export const feeds: readonly Feed[] = [
  feed('regions', (r) => ({ op: 'upsert', entity: 'region', row: rows.toRegionRow(r) })),
  feed('suppliers', (r) => ({ op: 'upsert', entity: 'supplier', row: rows.toSupplierRow(r) })),
  feed('services', (r) => ({ op: 'upsert', entity: 'service', row: rows.toServiceRow(r) })),
  feed('tariffs', (r) => ({ op: 'upsert', entity: 'tariff', row: rows.toTariffRow(r) })),
  feed('accounts', (r, profile) => ({
    op: 'upsert',
    entity: 'account',
    row: rows.toAccountRow(r, profile),
  })),
  feed('account_services', (r) => ({
    op: 'upsert',
    entity: 'accountService',
    row: rows.toAccountServiceRow(r),
  })),
  feed('meters', (r) => ({ op: 'upsert', entity: 'meter', row: rows.toMeterRow(r) })),
  feed('readings', (r) => ({ op: 'upsert', entity: 'reading', row: billing.toReadingRow(r) })),
  feed('charges', (r) => ({ op: 'upsert', entity: 'charge', row: billing.toChargeRow(r) })),
  feed('charge_lines', (r) => ({
    op: 'upsert',
    entity: 'chargeLine',
    row: billing.toChargeLineRow(r),
  })),
  feed('payments', (r) => ({ op: 'upsert', entity: 'payment', row: billing.toPaymentRow(r) })),
  feed('support_requests', (r, profile) => ({
    op: 'upsert',
    entity: 'supportRequest',
    row: billing.toSupportRequestRow(r, profile),
  })),
  feed('support_request_replies', (r) => ({
    op: 'upsert',
    entity: 'supportReply',
    row: billing.toSupportReplyRow(r),
  })),
  // Tombstones name the protocol entity ('account', 'accountService', …) and the deleted id.
  feed('sync_tombstones', (r) =>
    isEntity(r.entity) ? { op: 'delete', entity: r.entity, id: r.entity_id } : null,
  ),
];

const scoped = (f: Feed, regionId: number, afterRev: number) =>
  sql`${sql.ref(f.scopeColumn)} = ${regionId} AND rev > ${afterRev}`;

/** The first `limit` revs of one feed after `afterRev`: an index-only range scan on (scope, rev). */
export function feedRevsQuery(f: Feed, regionId: number, afterRev: number, limit: number) {
  return sql`(SELECT rev FROM ${sql.table(f.table)} WHERE ${scoped(f, regionId, afterRev)}
    ORDER BY rev LIMIT ${limit})`;
}

/** Rows of one feed with afterRev < rev <= upToRev (unordered: the page is merged by rev), via the (scope, rev) index. */
export function feedRowsQuery(f: Feed, regionId: number, afterRev: number, upToRev: number) {
  return sql<{ rev: number } & Record<string, unknown>>`SELECT * FROM ${sql.table(f.table)}
    WHERE ${scoped(f, regionId, afterRev)} AND rev <= ${upToRev}`;
}

/** How many rows of one feed come after `afterRev`. */
export async function countFeed(
  db: Kysely<Database>,
  f: Feed,
  regionId: number,
  afterRev: number,
): Promise<number> {
  const result = await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${sql.table(f.table)}
    WHERE ${scoped(f, regionId, afterRev)}`.execute(db);
  return result.rows[0]?.n ?? 0;
}
