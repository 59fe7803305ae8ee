import type { Profile } from '../../../shared/sync/identity-http.js';
import { checkCredentials } from '../../auth/credentials.js';
import { HttpError } from '../../http/errors.js';
import type { IdentityDeps } from '../deps.js';
import { loadIdentityProfile, type SettingsActor } from './profile.js';

/**
 * "Добавить ЛС" (Рис. 34): the accounts the owner of `login` owns are linked to the resident,
 * on the owner's login and password only (never on a number). Wrong credentials count like a
 * failed sign-in on this device and toward the owner's lockout.
 * @throws HttpError rate_limited (429), account_locked (423), invalid_credentials (403),
 *   account_unknown (404: that user owns no account), account_already_linked (409).
 */
export async function addAccountByOwner(
  deps: IdentityDeps,
  actor: SettingsActor,
  credentials: { login: string; password: string },
): Promise<Profile> {
  const source = `device:${actor.deviceId}`;
  const { userId: ownerId } = await checkCredentials(deps.db, deps.now, source, credentials, 403);
  const owned = await deps.db
    .selectFrom('user_accounts')
    .select('account_id')
    .where('user_id', '=', ownerId)
    .where('role', '=', 'owner')
    .execute();
  if (owned.length === 0) {
    throw new HttpError(
      404,
      'account_unknown',
      'У этого пользователя нет собственных лицевых счетов. Проверьте логин.',
    );
  }
  const mine = await deps.db
    .selectFrom('user_accounts')
    .select('account_id')
    .where('user_id', '=', actor.userId)
    .execute();
  const linked = new Set(mine.map((row) => row.account_id));
  const added = owned.map((row) => row.account_id).filter((id) => !linked.has(id));
  if (added.length === 0) throw new HttpError(409, 'account_already_linked');
  await deps.db
    .insertInto('user_accounts')
    .values(
      added.map((accountId) => ({
        user_id: actor.userId,
        account_id: accountId,
        role: 'linked' as const,
        linked_at: deps.now,
      })),
    )
    .onConflict((conflict) => conflict.columns(['user_id', 'account_id']).doNothing())
    .execute();
  return loadIdentityProfile(deps.db, deps.now, actor.userId);
}

/**
 * Removes an account from the resident's list. A linked account simply goes; an owned one only
 * while another owned account remains (the last one is the person's own: account_last).
 * @throws HttpError not_found (404), account_last (409).
 */
export async function removeLinkedAccount(
  deps: IdentityDeps,
  actor: SettingsActor,
  accountId: number,
): Promise<Profile> {
  const links = await deps.db
    .selectFrom('user_accounts')
    .select(['account_id', 'role'])
    .where('user_id', '=', actor.userId)
    .execute();
  const link = links.find((row) => row.account_id === accountId);
  if (!link) throw new HttpError(404, 'not_found');
  const owned = links.filter((row) => row.role === 'owner').length;
  if (link.role === 'owner' && owned <= 1) throw new HttpError(409, 'account_last');
  await deps.db
    .deleteFrom('user_accounts')
    .where('user_id', '=', actor.userId)
    .where('account_id', '=', accountId)
    .execute();
  return loadIdentityProfile(deps.db, deps.now, actor.userId);
}
