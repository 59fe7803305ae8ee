import type { RecoveryState } from '../../../shared/sync/identity-http.js';
import { hashPassword } from '../../auth/password.js';
import { endUserSessions } from '../../auth/sessions.js';
import { secretsEqual, sha256Hex } from '../../auth/tokens.js';
import { HttpError } from '../../http/errors.js';
import type { IdentityDeps } from '../deps.js';
import { checkNewPassword } from '../new-credentials.js';
import { ensureRecoveryStep, loadRecovery, type RecoveryRow, recoveryView } from './store.js';

/**
 * Sets the recovered account's new password (Рис. 39): the rules apply, every session of the
 * account ends, its sign-in lockout is cleared, and the recovery is done.
 */
async function applyNewPassword(
  deps: IdentityDeps,
  row: RecoveryRow,
  password: string,
): Promise<RecoveryState> {
  const user = await deps.db
    .selectFrom('users')
    .select(['id', 'login'])
    .where('id', '=', row.user_id ?? 0)
    .executeTakeFirst();
  if (!user) throw new HttpError(409, 'step_invalid');
  checkNewPassword(password, user.login);
  const passwordHash = await hashPassword(password);
  const done = await deps.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('users')
      .set({ password_hash: passwordHash, failed_logins: 0, locked_until: null })
      .where('id', '=', user.id)
      .execute();
    await endUserSessions(trx, deps.now, user.id);
    return trx
      .updateTable('recoveries')
      .set({ step: 'done', completed_at: deps.now, form_secret_hash: null })
      .where('id', '=', row.id)
      .returningAll()
      .executeTakeFirstOrThrow();
  });
  return recoveryView(deps.db, done, deps.now, deps.policy);
}

/**
 * The device's "Изменение пароля" window after a verified code or link.
 * @throws HttpError not_found, code_expired, step_invalid, password_weak.
 */
export async function setRecoveredPassword(
  deps: IdentityDeps,
  deviceId: number,
  recoveryId: string,
  password: string,
): Promise<RecoveryState> {
  const row = await loadRecovery(deps.db, recoveryId, deviceId);
  ensureRecoveryStep(row, deps.now, ['password']);
  return applyNewPassword(deps, row, password);
}

/**
 * The link page's password form, checked: the recovery waits for its password and `formSecret`
 * is the one `openRecoveryLink` put in the form. Only then may the page show the login.
 * @throws HttpError not_found, code_expired, step_invalid (wrong or spent secret).
 */
export async function checkRecoveryForm(
  deps: IdentityDeps,
  recoveryId: string,
  formSecret: string,
): Promise<{ row: RecoveryRow; login: string }> {
  const row = await loadRecovery(deps.db, recoveryId, null);
  ensureRecoveryStep(row, deps.now, ['password']);
  const expected = row.form_secret_hash;
  if (!expected || !secretsEqual(sha256Hex(formSecret), expected)) {
    throw new HttpError(409, 'step_invalid');
  }
  const user = await deps.db
    .selectFrom('users')
    .select('login')
    .where('id', '=', row.user_id ?? 0)
    .executeTakeFirst();
  if (!user) throw new HttpError(409, 'step_invalid');
  return { row, login: user.login };
}

/**
 * The link page's password form, authorised by the secret `openRecoveryLink` put in it.
 * @throws HttpError as `checkRecoveryForm`, and password_weak.
 */
export async function setRecoveredPasswordByForm(
  deps: IdentityDeps,
  recoveryId: string,
  formSecret: string,
  password: string,
): Promise<RecoveryState> {
  const { row } = await checkRecoveryForm(deps, recoveryId, formSecret);
  return applyNewPassword(deps, row, password);
}
