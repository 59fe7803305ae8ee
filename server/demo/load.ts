import { sql, type Transaction } from 'kysely';

import type { Database } from '../db/schema.js';
import { AccountFactory } from './accounts.js';
import { withChecksDeferred } from './bulk/deferred-checks.js';
import type { BulkWriter, SqlValue } from './bulk/writers.js';
import { tariffStart } from './catalog/tariffs.js';
import { accountHistory } from './history/account-history.js';
import { periodRows } from './period-rows.js';
import type { DemoPlan } from './plan.js';
import { accountRows, catalogRows, COLUMNS, type DemoTable, historyRows } from './rows.js';
import { bulkUserRows, FIRST_BULK_USER_ID, type DemoUser, NamedUsers } from './users.js';

export type DemoCounts = Record<DemoTable, number>;

export interface DemoProgress {
  accountsDone: number;
  accountsTotal: number;
}

/** Tables written with explicit ids, whose identity sequences must move past them. */
const EXPLICIT_ID_TABLES = [
  'regions',
  'suppliers',
  'services',
  'tariffs',
  'accounts',
  'meters',
  'charges',
  'users',
] as const;

/** Chunk order: referenced rows before the rows that refer to them (and lower revs first). */
const CHUNK_TABLES: DemoTable[] = [
  'accounts',
  'account_services',
  'meters',
  'readings',
  'charges',
  'charge_lines',
  'payments',
  'users',
  'user_accounts',
];

/**
 * Writes the whole demo inside the caller's transaction, a chunk of accounts at a time, so
 * memory stays flat however many accounts are asked for.
 */
export async function loadDemo(
  trx: Transaction<Database>,
  writer: BulkWriter,
  plan: DemoPlan,
  onProgress?: (progress: DemoProgress) => void,
): Promise<{ counts: DemoCounts; users: DemoUser[] }> {
  const counts = Object.fromEntries(Object.keys(COLUMNS).map((t) => [t, 0])) as DemoCounts;
  const write = async (table: DemoTable, rows: SqlValue[][] | undefined) => {
    if (!rows || rows.length === 0) return;
    await writer.insert(table, COLUMNS[table], rows);
    counts[table] += rows.length;
  };
  const catalog = catalogRows(plan.catalog);
  for (const table of ['regions', 'suppliers', 'services', 'tariffs'] as const)
    await write(table, catalog[table]);
  const periods = periodRows(plan.catalog, plan.periods, tariffStart(plan.catalog.from));
  await write('normatives', periods.normatives);
  await write('billing_periods', periods.billing_periods);

  const named = await withChecksDeferred(trx, CHUNK_TABLES, () =>
    loadAccounts(plan, write, onProgress),
  );
  for (const table of EXPLICIT_ID_TABLES) {
    await sql`SELECT setval(pg_get_serial_sequence(${table}, 'id'), (SELECT max(id) FROM ${sql.table(table)}))`.execute(
      trx,
    );
  }
  await sql`ANALYZE`.execute(trx);
  return { counts, users: named.list() };
}

type Write = (table: DemoTable, rows: SqlValue[][] | undefined) => Promise<void>;

async function loadAccounts(
  plan: DemoPlan,
  write: Write,
  onProgress?: (progress: DemoProgress) => void,
): Promise<NamedUsers> {
  const factory = new AccountFactory(
    plan.seed,
    {
      today: plan.today,
      historyStart: plan.historyStart,
    },
    plan.accountRegions,
  );
  const named = new NamedUsers();
  let nextUserId = FIRST_BULK_USER_ID;
  let nextChargeId = 1;
  const chunkSize = plan.months === 0 ? 5_000 : 500;
  for (let first = 1; first <= plan.accounts; first += chunkSize) {
    const last = Math.min(plan.accounts, first + chunkSize - 1);
    const chunk = Object.fromEntries(CHUNK_TABLES.map((t) => [t, [] as SqlValue[][]])) as Record<
      DemoTable,
      SqlValue[][]
    >;
    for (let id = first; id <= last; id++) {
      const account = factory.next(id);
      named.see(account);
      const rows = accountRows(account, plan.catalog);
      chunk.accounts.push(...rows.accounts);
      chunk.account_services.push(...rows.account_services);
      chunk.meters.push(...rows.meters);
      if (plan.periods.length > 0) {
        const history = historyRows(
          accountHistory(account, plan.catalog, plan.periods),
          account.regionIndex + 1,
          nextChargeId,
        );
        nextChargeId += history.charges.length;
        chunk.readings.push(...history.readings);
        chunk.charges.push(...history.charges);
        chunk.charge_lines.push(...history.charge_lines);
        chunk.payments.push(...history.payments);
      }
      if (account.hasUser) {
        const bulk = bulkUserRows(nextUserId++, account, plan.createdAt);
        chunk.users.push(bulk.user);
        chunk.user_accounts.push(bulk.link);
      }
    }
    for (const table of CHUNK_TABLES) await write(table, chunk[table]);
    onProgress?.({ accountsDone: last, accountsTotal: plan.accounts });
  }
  const namedRows = named.rows(plan.createdAt);
  await write('users', namedRows.users);
  await write('user_accounts', namedRows.user_accounts);
  return named;
}
