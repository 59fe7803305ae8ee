import { Kysely, PostgresDialect, type PostgresPoolClient, type Transaction } from 'kysely';
import type pg from 'pg';

import type { CentralDb } from '../../db/connect.js';
import type { Database } from '../../db/schema.js';
import { withSyncWriteLock } from '../../sync/write-lock.js';
import { type BulkWriter, copyWriter, insertWriter } from './writers.js';

/** A Kysely instance whose only connection is `client`, so COPY and queries share one transaction. */
function kyselyOnClient(client: pg.PoolClient): Kysely<Database> {
  const borrowed = {
    query: (...args: unknown[]) =>
      (client.query as (...a: unknown[]) => unknown).apply(client, args),
    // The caller releases the client itself once the load is over.
    release: () => {},
  } as unknown as PostgresPoolClient;
  return new Kysely<Database>({
    dialect: new PostgresDialect({ pool: { connect: async () => borrowed, end: async () => {} } }),
  });
}

/**
 * Runs a bulk load in ONE transaction holding the sync write lock (every write to the
 * pulled tables goes through withSyncWriteLock). On PostgreSQL the writer uses COPY on the
 * transaction's own connection; on PGlite it uses batched multi-row INSERTs.
 */
export async function withLockedBulkLoad<T>(
  central: CentralDb,
  work: (trx: Transaction<Database>, writer: BulkWriter) => Promise<T>,
): Promise<T> {
  if (!central.pool) {
    return withSyncWriteLock(central.db, (trx) => work(trx, insertWriter(trx)));
  }
  const client = await central.pool.connect();
  try {
    const result = await withSyncWriteLock(kyselyOnClient(client), (trx) =>
      work(trx, copyWriter(client)),
    );
    client.release();
    return result;
  } catch (error) {
    // A connection that failed mid-COPY is not returned to the pool.
    client.release(error instanceof Error ? error : true);
    throw error;
  }
}
