import type { Kysely, Selectable } from 'kysely';

import type { Database } from '../db/schema.js';
import { HttpError } from '../http/errors.js';

/**
 * The account when it is linked to the signed-in resident (any region).
 * @throws HttpError not_found (404) otherwise: an unlinked account and a missing one look alike.
 */
export async function requireLinkedAccount(
  db: Kysely<Database>,
  userId: number,
  accountId: number,
): Promise<Selectable<Database['accounts']>> {
  const account = await db
    .selectFrom('accounts as a')
    .innerJoin('user_accounts as ua', 'ua.account_id', 'a.id')
    .selectAll('a')
    .where('ua.user_id', '=', userId)
    .where('a.id', '=', accountId)
    .executeTakeFirst();
  if (!account) throw new HttpError(404, 'not_found');
  return account;
}
