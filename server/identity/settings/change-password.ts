import { hashPassword, verifyPassword } from '../../auth/password.js';
import { rotateUserSessions, type SessionPolicy } from '../../auth/sessions.js';
import { clearAccountFailures, recordAccountFailure } from '../../auth/throttle.js';
import { HttpError } from '../../http/errors.js';
import type { IdentityDeps } from '../deps.js';
import { checkNewPassword } from '../new-credentials.js';
import type { SettingsActor } from './profile.js';

/**
 * "Изменить пароль" (Рис. 29): the current password must match (a wrong one counts toward the
 * sign-in lockout, like a failed sign-in), the new one follows the rules and differs. Then the
 * sessions rotate: every session of the resident ends, this one included, and a new session on
 * this device replaces it (its token is returned once).
 * @throws HttpError account_locked (423), password_wrong (403), password_weak (400).
 */
export async function changePassword(
  deps: IdentityDeps,
  sessionPolicy: SessionPolicy,
  actor: SettingsActor,
  input: { current: string; next: string },
): Promise<{ sessionToken: string; expiresAt: string }> {
  const user = await deps.db
    .selectFrom('users')
    .select(['login', 'password_hash', 'locked_until'])
    .where('id', '=', actor.userId)
    .executeTakeFirstOrThrow();
  if (user.locked_until && new Date(user.locked_until) > deps.now) {
    throw new HttpError(423, 'account_locked');
  }
  if (!(await verifyPassword(user.password_hash, input.current))) {
    await recordAccountFailure(deps.db, deps.now, actor.userId);
    throw new HttpError(403, 'password_wrong');
  }
  checkNewPassword(input.next, user.login, input.current);
  const passwordHash = await hashPassword(input.next);
  const session = await deps.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('users')
      .set({ password_hash: passwordHash })
      .where('id', '=', actor.userId)
      .execute();
    await clearAccountFailures(trx, actor.userId);
    return rotateUserSessions(trx, deps.now, sessionPolicy, actor.userId, actor.deviceId);
  });
  return { sessionToken: session.token, expiresAt: session.expiresAt.toISOString() };
}
