import type { Kysely } from 'kysely';

import type { Database } from '../db/schema.js';
import { HttpError } from '../http/errors.js';
import { verifyPassword } from './password.js';
import {
  clearAccountFailures,
  isSourceThrottled,
  recordAccountFailure,
  recordSourceFailure,
} from './throttle.js';

/**
 * A valid argon2id hash of a random password nobody knows: an unknown login is verified against
 * it so that it costs the same time as a known login with a wrong password.
 */
const DUMMY_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$bm8tc3VjaC11c2VyLXNhbHQ$ZUL/3zfaJt4eg7nx9JI0dpa31a1DSb+P3Ab4PouFS0c';

/**
 * Checks a login and password with sign-in's throttling: refused while `source` has used up its
 * failures or the account is locked; every wrong login or password answers the same
 * invalid_credentials and counts per source and per account (the tenth locks it); a match clears
 * the account's count (a write only when there is one to clear). Used by sign-in and by "Добавить ЛС" (Рис. 34).
 * @throws HttpError rate_limited (429), account_locked (423), invalid_credentials (`failureStatus`).
 */
export async function checkCredentials(
  db: Kysely<Database>,
  now: Date,
  source: string,
  credentials: { login: string; password: string },
  failureStatus = 401,
): Promise<{ userId: number }> {
  if (await isSourceThrottled(db, now, source)) throw new HttpError(429, 'rate_limited');
  const user = await db
    .selectFrom('users')
    .select(['id', 'password_hash', 'locked_until', 'failed_logins'])
    .where((eb) =>
      eb(eb.fn('lower', ['login']), '=', eb.fn('lower', [eb.val(credentials.login.trim())])),
    )
    .executeTakeFirst();
  if (user?.locked_until && new Date(user.locked_until) > now) {
    throw new HttpError(423, 'account_locked');
  }
  const matches = await verifyPassword(user?.password_hash ?? DUMMY_HASH, credentials.password);
  if (!user || !matches) {
    await recordSourceFailure(db, now, source);
    if (user) await recordAccountFailure(db, now, user.id);
    throw new HttpError(failureStatus, 'invalid_credentials');
  }
  if (user.failed_logins > 0 || user.locked_until) await clearAccountFailures(db, user.id);
  return { userId: user.id };
}
