import type { Profile } from '../../../shared/sync/identity-http.js';
import type { IdentityDeps } from '../deps.js';
import { loadIdentityProfile, type SettingsActor } from './profile.js';

/**
 * "Получать рассылку и высылать копию чека об оплате на e-mail" (Рис. 32): each grant or
 * withdrawal is a new row with its time, so the history stays.
 */
export async function setMailingConsent(
  deps: IdentityDeps,
  actor: SettingsActor,
  granted: boolean,
): Promise<Profile> {
  await deps.db
    .insertInto('user_consents')
    .values({
      user_id: actor.userId,
      kind: 'mailing',
      granted,
      given_at: deps.now,
      device_id: actor.deviceId,
    })
    .execute();
  return loadIdentityProfile(deps.db, deps.now, actor.userId);
}
