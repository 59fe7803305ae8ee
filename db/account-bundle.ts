import type { Database } from 'better-sqlite3';

import type { AccountBundle } from '../shared/sync/http.js';
import type { SyncRow } from '../shared/sync/protocol.js';
import { selectList } from './pulled-tables.js';

/** The SQL of each lookup readAccountBundle makes; exported so EXPLAIN QUERY PLAN tests use them. */
export const accountBundleQueries = {
  account: `SELECT ${selectList('account')} FROM accounts WHERE id = ?`,
  region: `SELECT ${selectList('region')} FROM regions WHERE id = ?`,
  accountServices: `SELECT ${selectList('accountService')} FROM account_services
    WHERE account_id = ? ORDER BY id`,
  services: `SELECT ${selectList('service')} FROM services WHERE id IN (
      SELECT service_id FROM account_services WHERE account_id = ?
      UNION SELECT service_id FROM meters WHERE account_id = ?) ORDER BY id`,
  suppliers: `SELECT ${selectList('supplier')} FROM suppliers WHERE id IN (
      SELECT supplier_id FROM account_services WHERE account_id = ?) ORDER BY id`,
  tariffs: `SELECT ${selectList('tariff', 't')} FROM account_services a
    JOIN tariffs t ON t.service_id = a.service_id AND t.supplier_id = a.supplier_id
    WHERE a.account_id = ? ORDER BY t.id`,
  meters: `SELECT ${selectList('meter')} FROM meters WHERE account_id = ? ORDER BY id`,
  accountIdByNumber: 'SELECT id FROM accounts WHERE number = ? ORDER BY id LIMIT 1',
} as const;

/**
 * Everything the cache holds about one account: the account, its region, its services with
 * their suppliers and tariffs (all validity dates), and its meters. Null when the account is
 * not in the cache (another region, or not synced yet). Same shape as the central service's
 * live `GET /api/v1/me/accounts/:id`, so callers compose both the same way.
 */
export function readAccountBundle(db: Database, accountId: number): AccountBundle | null {
  const q = accountBundleQueries;
  const account = db.prepare(q.account).get(accountId) as SyncRow<'account'> | undefined;
  if (!account) return null;
  const region = db.prepare(q.region).get(account.regionId) as SyncRow<'region'> | undefined;
  if (!region) return null;
  return {
    region,
    account,
    accountServices: db.prepare(q.accountServices).all(accountId) as SyncRow<'accountService'>[],
    services: db.prepare(q.services).all(accountId, accountId) as SyncRow<'service'>[],
    suppliers: db.prepare(q.suppliers).all(accountId) as SyncRow<'supplier'>[],
    tariffs: db.prepare(q.tariffs).all(accountId) as SyncRow<'tariff'>[],
    meters: db.prepare(q.meters).all(accountId) as SyncRow<'meter'>[],
  };
}

/** The cached account's id for an account number (лицевой счёт), or null. */
export function findAccountIdByNumber(db: Database, number: string): number | null {
  const row = db.prepare(accountBundleQueries.accountIdByNumber).get(number) as
    { id: number } | undefined;
  return row?.id ?? null;
}
