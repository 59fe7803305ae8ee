import type { Profile } from '../../../shared/sync/identity-http.js';
import { issueOrRefuse, verifyRefusal } from '../code-outcomes.js';
import { ensureContactFree, normalizeContact } from '../contacts.js';
import { codeEnvOf, type IdentityDeps } from '../deps.js';
import { deliverOrFail } from '../deliver.js';
import { verifyLinkToken } from '../otp.js';
import {
  applyContactChange,
  extendContactChange,
  loadContactChange,
  openContactChange,
} from './contact-change.js';
import { loadIdentityProfile, type SettingsActor } from './profile.js';

/**
 * "Изменить E-mail" (Рис. 30–31): a link to the NEW address; until it is opened the profile
 * shows it as pendingEmail. Asking again for the same address resends the link.
 * @throws HttpError email_invalid, contact_taken, resend_too_soon, delivery_failed.
 */
export async function requestEmailChange(
  deps: IdentityDeps,
  actor: SettingsActor,
  email: string,
): Promise<Profile> {
  const contact = normalizeContact('email', email);
  await ensureContactFree(deps.db, 'email', contact, actor.userId);
  const lifetimeMs = deps.policy.ttlMinutes * 60_000;
  const change = await openContactChange(deps.db, deps.now, actor, 'email', contact, lifetimeMs);
  const issued = await issueOrRefuse(deps, {
    purpose: 'email_change',
    requestId: change.id,
    channel: 'email',
    recipient: contact,
  });
  await extendContactChange(deps.db, change, issued.expiresAt);
  const user = await deps.db
    .selectFrom('users')
    .select('login')
    .where('id', '=', actor.userId)
    .executeTakeFirstOrThrow();
  await deliverOrFail(deps, {
    purpose: 'email_change',
    channel: 'email',
    to: contact,
    secret: issued.secret,
    login: user.login,
  });
  return loadIdentityProfile(deps.db, deps.now, actor.userId);
}

/**
 * The confirmation link opened and confirmed on its page: the address becomes the resident's.
 * @throws HttpError not_found, code_expired, code_used, code_wrong, code_attempts_exhausted, contact_taken.
 */
export async function confirmEmailByLink(
  deps: IdentityDeps,
  token: string,
): Promise<{ email: string }> {
  const id = token.split('.')[0] ?? '';
  const change = await loadContactChange(deps.db, deps.now, id, 'email', null);
  const checked = await verifyLinkToken(deps.db, codeEnvOf(deps), {
    purpose: 'email_change',
    token,
  });
  if (!checked.ok) throw verifyRefusal(checked);
  await applyContactChange(deps.db, deps.now, change);
  return { email: change.contact };
}
