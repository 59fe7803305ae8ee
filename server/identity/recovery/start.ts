import { randomUUID } from 'node:crypto';

import type { z } from 'zod';

import type { RecoveryState, recoveryStartSchema } from '../../../shared/sync/identity-http.js';
import { requireCaptcha } from '../captcha-gate.js';
import { issueOrRefuse } from '../code-outcomes.js';
import { findUserByContact, normalizeContact } from '../contacts.js';
import { captchaEnvOf, flowLifetimeMs, type IdentityDeps } from '../deps.js';
import { deliverSecret, type SecretDelivery } from '../deliver.js';
import { takeAttempts } from '../flow-throttle.js';
import { keyedHash } from '../keyed-hash.js';
import {
  ensureRecoveryStep,
  loadRecovery,
  purgeStaleRecoveries,
  type RecoveryRow,
  recoveryView,
} from './store.js';

export type RecoveryStart = z.infer<typeof recoveryStartSchema>;

/** Recovery starts a device may make, and starts for one contact from anywhere. */
export const RECOVERY_LIMITS = {
  device: { max: 10, windowMinutes: 15 },
  contact: { max: 5, windowMinutes: 60 },
} as const;

/**
 * Issues the request's code or link and, for a registered contact only, sends it after the
 * answer: the answer then takes the same time whether a message leaves or not. A failed send is
 * logged by the adapter; the person asks for a resend.
 */
async function issueAndSend(deps: IdentityDeps, row: RecoveryRow, login: string | null) {
  const channel = row.method === 'phone' ? 'sms' : 'email';
  const issued = await issueOrRefuse(deps, {
    purpose: 'recovery',
    requestId: row.id,
    channel,
    recipient: row.contact,
  });
  if (login === null) return;
  const message: SecretDelivery = {
    purpose: 'recovery',
    channel,
    to: row.contact,
    secret: issued.secret,
    login,
  };
  deps.later(() => deliverSecret(deps, message));
}

/**
 * "Забыли пароль?" → "Продолжить" (Рис. 37): the captcha first, then throttling per device and
 * per contact, then a recovery request. The answer has the same shape whether the contact is
 * registered or not: for an unknown one the request is a decoy whose codes never match.
 * @throws HttpError rate_limited, captcha_wrong, captcha_expired, phone_invalid, email_invalid.
 */
export async function startRecovery(
  deps: IdentityDeps,
  deviceId: number,
  input: RecoveryStart,
): Promise<RecoveryState> {
  const { db, now } = deps;
  const deviceLimit = { source: `recovery-device:${deviceId}`, ...RECOVERY_LIMITS.device };
  await takeAttempts(db, now, [deviceLimit]);
  await requireCaptcha(db, captchaEnvOf(deps), input.captcha);
  const contact = normalizeContact(input.method, input.contact);
  const contactKey = keyedHash(deps.key, ['recovery-throttle', input.method, contact]);
  await takeAttempts(db, now, [
    { source: `recovery-contact:${contactKey}`, ...RECOVERY_LIMITS.contact },
  ]);
  const user = await findUserByContact(db, input.method, contact);
  const row = await db
    .insertInto('recoveries')
    .values({
      id: randomUUID(),
      device_id: deviceId,
      method: input.method,
      contact,
      user_id: user?.id ?? null,
      step: input.method === 'phone' ? 'code' : 'email_sent',
      created_at: now,
      expires_at: new Date(now.getTime() + flowLifetimeMs(deps.policy)),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await issueAndSend(deps, row, user?.login ?? null);
  await purgeStaleRecoveries(db, now);
  return recoveryView(db, row, now, deps.policy);
}

/**
 * "Выслать код повторно": a new code or link after the cooldown, sent as at the start.
 * @throws HttpError not_found, code_expired, step_invalid, resend_too_soon, code_attempts_exhausted.
 */
export async function resendRecovery(
  deps: IdentityDeps,
  deviceId: number,
  recoveryId: string,
): Promise<RecoveryState> {
  const row = await loadRecovery(deps.db, recoveryId, deviceId);
  ensureRecoveryStep(row, deps.now, ['code', 'email_sent']);
  // The same query for a decoy (no user matches 0), so both take the same time.
  const user = await deps.db
    .selectFrom('users')
    .select('login')
    .where('id', '=', row.user_id ?? 0)
    .executeTakeFirst();
  await issueAndSend(deps, row, user?.login ?? null);
  return recoveryView(deps.db, row, deps.now, deps.policy);
}
