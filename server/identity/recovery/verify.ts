import type { RecoveryState } from '../../../shared/sync/identity-http.js';
import { newToken, sha256Hex } from '../../auth/tokens.js';
import { HttpError } from '../../http/errors.js';
import { verifyRefusal } from '../code-outcomes.js';
import { codeEnvOf, type IdentityDeps } from '../deps.js';
import { verifyLinkToken, verifyOneTimeCode, type VerifyCodeResult } from '../otp.js';
import { ensureRecoveryStep, loadRecovery, type RecoveryRow, recoveryView } from './store.js';

/**
 * Checks an answer. A decoy's answers are checked against a value no code or token can take, so
 * they count, lock and expire like real ones but never match.
 */
function check(deps: IdentityDeps, row: RecoveryRow, answer: string): Promise<VerifyCodeResult> {
  const env = codeEnvOf(deps);
  if (row.user_id === null) {
    return verifyOneTimeCode(deps.db, env, {
      purpose: 'recovery',
      requestId: row.id,
      answer: `decoy:${answer}`,
    });
  }
  return row.method === 'phone'
    ? verifyOneTimeCode(deps.db, env, { purpose: 'recovery', requestId: row.id, answer })
    : verifyLinkToken(deps.db, env, { purpose: 'recovery', token: answer });
}

/** Marks the recovery verified; `formSecretHash` authorises the link page's password form. */
function markVerified(deps: IdentityDeps, row: RecoveryRow, formSecretHash: string | null) {
  return deps.db
    .updateTable('recoveries')
    .set({ step: 'password', verified_at: deps.now, form_secret_hash: formSecretHash })
    .where('id', '=', row.id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/**
 * The SMS code (Рис. 38): right → step 'password' with the login shown (Рис. 39).
 * @throws HttpError not_found, code_expired, step_invalid, code_wrong, code_used,
 *   code_attempts_exhausted.
 */
export async function verifyRecoveryCode(
  deps: IdentityDeps,
  deviceId: number,
  recoveryId: string,
  code: string,
): Promise<RecoveryState> {
  const row = await loadRecovery(deps.db, recoveryId, deviceId);
  ensureRecoveryStep(row, deps.now, ['code']);
  const checked = await check(deps, row, code);
  if (!checked.ok) throw verifyRefusal(checked);
  return recoveryView(deps.db, await markVerified(deps, row, null), deps.now, deps.policy);
}

/**
 * The e-mail link confirmed on its page: right → step 'password' (the device that started the
 * recovery sees it too) and a fresh secret for the page's password form, returned once. A link
 * opened again after that is used up (code_used).
 * @throws HttpError as `verifyRecoveryCode`.
 */
export async function openRecoveryLink(
  deps: IdentityDeps,
  token: string,
): Promise<{ state: RecoveryState; formSecret: string }> {
  const row = await loadRecovery(deps.db, token.split('.')[0] ?? '', null);
  if (row.step === 'password' || row.step === 'done') throw new HttpError(410, 'code_used');
  ensureRecoveryStep(row, deps.now, ['email_sent']);
  const checked = await check(deps, row, token);
  if (!checked.ok) throw verifyRefusal(checked);
  const formSecret = newToken();
  const updated = await markVerified(deps, row, sha256Hex(formSecret));
  return { state: await recoveryView(deps.db, updated, deps.now, deps.policy), formSecret };
}
