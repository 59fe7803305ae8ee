import { createHash } from 'node:crypto';

import { sql, type Transaction } from 'kysely';

import type { Database } from '../db/schema.js';

/** A stable signed 64-bit key for a name (the first 8 bytes of its SHA-256). */
export function advisoryKey(name: string): string {
  return createHash('sha256').update(name, 'utf8').digest().readBigInt64BE(0).toString();
}

/**
 * Serialises transactions that touch the same names (a login, a contact, an account) until the
 * transaction ends. Callers lock in one order (login, contact, account) so two never wait on
 * each other.
 */
export async function lockNames(trx: Transaction<Database>, names: string[]): Promise<void> {
  for (const name of names) {
    await sql`SELECT pg_advisory_xact_lock(${advisoryKey(name)}::bigint)`.execute(trx);
  }
}
