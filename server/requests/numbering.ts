import { sql, type Transaction } from 'kysely';

import type { Database } from '../db/schema.js';

/**
 * The number a request gets when the device's own is already taken (only possible after a
 * device lost its outbox file and counted again from 1): '<number>-<k>' with the smallest k ≥ 2
 * above every suffix already given. Runs under the sync write lock, so no other writer races it.
 */
export async function renumbered(trx: Transaction<Database>, taken: string): Promise<string> {
  const prefix = `${taken}-`;
  const rows = await sql<{ number: string }>`
    SELECT number FROM support_requests WHERE starts_with(number, ${prefix})`.execute(trx);
  let highest = 1;
  for (const { number } of rows.rows) {
    const suffix = number.slice(prefix.length);
    if (/^\d{1,9}$/.test(suffix)) highest = Math.max(highest, Number(suffix));
  }
  return `${prefix}${highest + 1}`;
}
