import type { RegistrationState } from '../../../shared/sync/identity-http.js';
import { issueOrRefuse } from '../code-outcomes.js';
import type { IdentityDeps } from '../deps.js';
import { deliverOrFail } from '../deliver.js';
import { ensureStep, loadRegistration, type RegistrationRow, registrationView } from './store.js';

/** Issues (or re-issues) the registration's code or link and sends it; waits for the send. */
async function sendSecret(deps: IdentityDeps, row: RegistrationRow): Promise<void> {
  const channel = row.variant === 'phone' ? 'sms' : 'email';
  const issued = await issueOrRefuse(deps, {
    purpose: 'registration',
    requestId: row.id,
    channel,
    recipient: row.contact,
  });
  await deliverOrFail(deps, {
    purpose: 'registration',
    channel,
    to: row.contact,
    secret: issued.secret,
    login: row.login,
  });
}

/**
 * "Данные верны, продолжить" (Рис. 7): sends the code by SMS (then step 'code', Рис. 8) or the
 * link by e-mail (then 'email_sent', Рис. 11). Repeating it once sent changes nothing.
 * @throws HttpError not_found, registration_expired, step_invalid, resend_too_soon,
 *   delivery_failed (the step stays 'confirm').
 */
export async function confirmRegistration(
  deps: IdentityDeps,
  deviceId: number,
  registrationId: string,
): Promise<RegistrationState> {
  let row = await loadRegistration(deps.db, registrationId, deviceId);
  ensureStep(row, deps.now, ['confirm', 'code', 'email_sent']);
  if (row.step === 'confirm') {
    await sendSecret(deps, row);
    row = await deps.db
      .updateTable('registrations')
      .set({ step: row.variant === 'phone' ? 'code' : 'email_sent' })
      .where('id', '=', row.id)
      .returningAll()
      .executeTakeFirstOrThrow();
  }
  return registrationView(deps.db, row, deps.now, deps.policy);
}

/**
 * "Выслать код повторно" / "Повторить отправку письма": a new code or link once the cooldown has
 * passed (the old one stops working).
 * @throws HttpError not_found, registration_expired, step_invalid, resend_too_soon,
 *   code_attempts_exhausted, delivery_failed.
 */
export async function resendRegistration(
  deps: IdentityDeps,
  deviceId: number,
  registrationId: string,
): Promise<RegistrationState> {
  const row = await loadRegistration(deps.db, registrationId, deviceId);
  ensureStep(row, deps.now, ['code', 'email_sent']);
  await sendSecret(deps, row);
  return registrationView(deps.db, row, deps.now, deps.policy);
}
