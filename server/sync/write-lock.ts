import { type Kysely, sql, type Transaction } from 'kysely';

import type { Database } from '../db/schema.js';

/** Advisory lock key shared by every writer of tables that devices pull. */
const SYNC_WRITE_LOCK = 42_001;

/**
 * Runs `work` in a transaction that holds the sync write lock. Writers of pulled tables are
 * serialised, so rev numbers become visible in commit order and a device's cursor never
 * skips a row committed late by a slower, concurrent transaction.
 */
export function withSyncWriteLock<T>(
  db: Kysely<Database>,
  work: (trx: Transaction<Database>) => Promise<T>,
): Promise<T> {
  return db.transaction().execute(async (trx) => {
    await sql`SELECT pg_advisory_xact_lock(${SYNC_WRITE_LOCK})`.execute(trx);
    return work(trx);
  });
}
