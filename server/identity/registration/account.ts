import type { Kysely } from 'kysely';

import { parseAccountNumber } from '../../../shared/domain/account-number.js';
import type { RegistrationState } from '../../../shared/sync/identity-http.js';
import type { Database } from '../../db/schema.js';
import { HttpError } from '../../http/errors.js';
import type { IdentityDeps } from '../deps.js';
import { ensureStep, loadRegistration, type RegistrationRow, registrationView } from './store.js';

/** Account numbers one registration may try: enough for typos, too few to walk the numbers. */
export const MAX_ACCOUNT_ATTEMPTS = 10;

/**
 * The account a registration may own: it exists, lies in the registration's region and has no
 * registered owner yet.
 * @throws HttpError account_unknown (404), account_other_region (422), account_owned (409).
 */
export async function ownableAccount(
  db: Kysely<Database>,
  row: Pick<RegistrationRow, 'region_id'>,
  accountNumber: string,
): Promise<number> {
  const number = parseAccountNumber(accountNumber);
  const account = number
    ? await db
        .selectFrom('accounts')
        .select(['id', 'region_id'])
        .where('number', '=', number)
        .executeTakeFirst()
    : undefined;
  if (!account) throw new HttpError(404, 'account_unknown');
  if (account.region_id !== row.region_id) throw new HttpError(422, 'account_other_region');
  const owner = await db
    .selectFrom('user_accounts')
    .select('user_id')
    .where('account_id', '=', account.id)
    .where('role', '=', 'owner')
    .executeTakeFirst();
  if (owner) throw new HttpError(409, 'account_owned');
  return account.id;
}

/**
 * "Привязать" (Рис. 6): checks the account number from the notice and moves to the check of
 * Рис. 7 with the masked owner and address. Calling it again changes the account.
 * @throws HttpError not_found, registration_expired, step_invalid, rate_limited (429 after
 *   MAX_ACCOUNT_ATTEMPTS tries), and the refusals of `ownableAccount`.
 */
export async function linkRegistrationAccount(
  deps: IdentityDeps,
  deviceId: number,
  registrationId: string,
  accountNumber: string,
): Promise<RegistrationState> {
  const { db, now } = deps;
  const row = await loadRegistration(db, registrationId, deviceId);
  ensureStep(row, now, ['account', 'confirm']);
  const counted = await db
    .updateTable('registrations')
    .set((eb) => ({ account_attempts: eb('account_attempts', '+', 1) }))
    .where('id', '=', row.id)
    .where('account_attempts', '<', MAX_ACCOUNT_ATTEMPTS)
    .returning('id')
    .executeTakeFirst();
  if (!counted) throw new HttpError(429, 'rate_limited');
  const accountId = await ownableAccount(db, row, accountNumber);
  const updated = await db
    .updateTable('registrations')
    .set({ account_id: accountId, step: 'confirm' })
    .where('id', '=', row.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return registrationView(db, updated, now, deps.policy);
}
