import { maskRecipient } from '../../../shared/domain/identity.js';
import type { Profile } from '../../../shared/sync/identity-http.js';
import { issueOrRefuse, verifyRefusal } from '../code-outcomes.js';
import { ensureContactFree, normalizeContact } from '../contacts.js';
import { codeEnvOf, type IdentityDeps } from '../deps.js';
import { deliverOrFail } from '../deliver.js';
import { verifyOneTimeCode } from '../otp.js';
import {
  applyContactChange,
  type ContactChangeRow,
  extendContactChange,
  loadContactChange,
  openContactChange,
} from './contact-change.js';
import { loadIdentityProfile, type SettingsActor } from './profile.js';

export interface PhoneChangeState {
  changeId: string;
  recipient: string;
  resendAfterSeconds: number;
  expiresAt: string;
}

/** Issues (or re-issues after the cooldown) the change's code and sends it by SMS. */
async function sendCode(deps: IdentityDeps, change: ContactChangeRow): Promise<PhoneChangeState> {
  const issued = await issueOrRefuse(deps, {
    purpose: 'phone_change',
    requestId: change.id,
    channel: 'sms',
    recipient: change.contact,
  });
  await extendContactChange(deps.db, change, issued.expiresAt);
  await deliverOrFail(deps, {
    purpose: 'phone_change',
    channel: 'sms',
    to: change.contact,
    secret: issued.secret,
    login: '',
  });
  return {
    changeId: change.id,
    recipient: maskRecipient(change.contact),
    resendAfterSeconds: deps.policy.resendSeconds,
    expiresAt: issued.expiresAt.toISOString(),
  };
}

/**
 * "Изменить телефон" (Рис. 30–31): a code by SMS to the NEW number; the number changes once
 * the code is entered. Asking again for the same number is a resend.
 * @throws HttpError phone_invalid, contact_taken, resend_too_soon, delivery_failed.
 */
export async function requestPhoneChange(
  deps: IdentityDeps,
  actor: SettingsActor,
  phone: string,
): Promise<PhoneChangeState> {
  const contact = normalizeContact('phone', phone);
  await ensureContactFree(deps.db, 'phone', contact, actor.userId);
  const lifetimeMs = deps.policy.ttlMinutes * 60_000;
  const change = await openContactChange(deps.db, deps.now, actor, 'phone', contact, lifetimeMs);
  return sendCode(deps, change);
}

/**
 * "Выслать код повторно" for a phone change.
 * @throws HttpError not_found, code_expired, code_used, resend_too_soon, delivery_failed.
 */
export async function resendPhoneChange(
  deps: IdentityDeps,
  actor: SettingsActor,
  changeId: string,
): Promise<PhoneChangeState> {
  const change = await loadContactChange(deps.db, deps.now, changeId, 'phone', actor.userId);
  return sendCode(deps, change);
}

/**
 * The code of a phone change: right → the number is the resident's.
 * @throws HttpError not_found, code_expired, code_used, code_wrong, code_attempts_exhausted, contact_taken.
 */
export async function verifyPhoneChange(
  deps: IdentityDeps,
  actor: SettingsActor,
  changeId: string,
  code: string,
): Promise<Profile> {
  const change = await loadContactChange(deps.db, deps.now, changeId, 'phone', actor.userId);
  const checked = await verifyOneTimeCode(deps.db, codeEnvOf(deps), {
    purpose: 'phone_change',
    requestId: change.id,
    answer: code,
  });
  if (!checked.ok) throw verifyRefusal(checked);
  await applyContactChange(deps.db, deps.now, change);
  return loadIdentityProfile(deps.db, deps.now, actor.userId);
}
