import type { RegistrationState } from '../../../shared/sync/identity-http.js';
import { HttpError } from '../../http/errors.js';
import { lockNames } from '../advisory-lock.js';
import { verifyRefusal } from '../code-outcomes.js';
import { ensureContactFree } from '../contacts.js';
import { codeEnvOf, type IdentityDeps } from '../deps.js';
import { loginExists } from '../new-credentials.js';
import { verifyLinkToken, verifyOneTimeCode } from '../otp.js';
import { ensureStep, loadRegistration, type RegistrationRow, registrationView } from './store.js';

/**
 * Creates the resident of a verified registration in one transaction: the owner of its account,
 * named as the account's owner, with the registration's login, password hash and contact. The
 * login, the contact and the account are re-checked under locks, so two registrations racing
 * for one of them cannot both win.
 * @throws HttpError login_taken, contact_taken, account_owned (409).
 */
async function createResident(deps: IdentityDeps, row: RegistrationRow): Promise<RegistrationRow> {
  return deps.db.transaction().execute(async (trx) => {
    const accountId = row.account_id;
    if (accountId === null) throw new HttpError(409, 'step_invalid');
    await lockNames(trx, [
      `login:${row.login.toLowerCase()}`,
      `contact:${row.contact}`,
      `account:${accountId}`,
    ]);
    const owner = await trx
      .selectFrom('user_accounts')
      .select('user_id')
      .where('account_id', '=', accountId)
      .where('role', '=', 'owner')
      .executeTakeFirst();
    if (owner) throw new HttpError(409, 'account_owned');
    if (await loginExists(trx, row.login)) throw new HttpError(409, 'login_taken');
    await ensureContactFree(trx, row.variant, row.contact);
    const account = await trx
      .selectFrom('accounts')
      .select('owner_name')
      .where('id', '=', accountId)
      .executeTakeFirstOrThrow();
    const user = await trx
      .insertInto('users')
      .values({
        login: row.login,
        password_hash: row.password_hash,
        full_name: account.owner_name,
        phone: row.variant === 'phone' ? row.contact : null,
        email: row.variant === 'email' ? row.contact : null,
        region_id: row.region_id,
        created_at: deps.now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('user_accounts')
      .values({ user_id: user.id, account_id: accountId, role: 'owner', linked_at: deps.now })
      .execute();
    return trx
      .updateTable('registrations')
      .set({ step: 'done', user_id: user.id, completed_at: deps.now })
      .where('id', '=', row.id)
      .returningAll()
      .executeTakeFirstOrThrow();
  });
}

/**
 * "Отправить" (Рис. 8): checks the SMS code and creates the resident (Рис. 9).
 * @throws HttpError not_found, registration_expired, step_invalid, code_wrong, code_expired,
 *   code_used, code_attempts_exhausted, and the refusals of the final checks.
 */
export async function verifyRegistrationCode(
  deps: IdentityDeps,
  deviceId: number,
  registrationId: string,
  code: string,
): Promise<RegistrationState> {
  const row = await loadRegistration(deps.db, registrationId, deviceId);
  ensureStep(row, deps.now, ['code']);
  const checked = await verifyOneTimeCode(deps.db, codeEnvOf(deps), {
    purpose: 'registration',
    requestId: row.id,
    answer: code,
  });
  if (!checked.ok) throw verifyRefusal(checked);
  return registrationView(deps.db, await createResident(deps, row), deps.now, deps.policy);
}

/**
 * The e-mail link (Рис. 11) opened and confirmed: checks its token and creates the resident.
 * A registration already completed answers as done.
 * @throws HttpError as `verifyRegistrationCode`.
 */
export async function completeRegistrationByLink(
  deps: IdentityDeps,
  token: string,
): Promise<RegistrationState> {
  const row = await loadRegistration(deps.db, token.split('.')[0] ?? '', null);
  if (row.step === 'done') return registrationView(deps.db, row, deps.now, deps.policy);
  ensureStep(row, deps.now, ['email_sent']);
  const checked = await verifyLinkToken(deps.db, codeEnvOf(deps), {
    purpose: 'registration',
    token,
  });
  if (!checked.ok) throw verifyRefusal(checked);
  return registrationView(deps.db, await createResident(deps, row), deps.now, deps.policy);
}
