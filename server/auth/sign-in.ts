import type { Kysely } from 'kysely';

import type { SignInResponse } from '../../shared/sync/http.js';
import type { Database } from '../db/schema.js';
import { HttpError } from '../http/errors.js';
import { verifyPassword } from './password.js';
import { loadUserProfile } from './profile.js';
import { createSession, type SessionPolicy } from './sessions.js';
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

export interface SignInDeps {
  db: Kysely<Database>;
  now: Date;
  policy: SessionPolicy;
}

/**
 * Signs a resident in on a device. Every wrong login or password answers the same generic
 * invalid_credentials; throttling is per account (lock after 10 consecutive failures) and per
 * source device (429 after 30 failures in 10 minutes).
 * @throws HttpError invalid_credentials (401), account_locked (423), rate_limited (429).
 */
export async function signIn(
  deps: SignInDeps,
  deviceId: number,
  credentials: { login: string; password: string },
): Promise<SignInResponse> {
  const { db, now, policy } = deps;
  const source = `device:${deviceId}`;
  if (await isSourceThrottled(db, now, source)) throw new HttpError(429, 'rate_limited');
  const user = await db
    .selectFrom('users')
    .select(['id', 'password_hash', 'locked_until'])
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
    throw new HttpError(401, 'invalid_credentials');
  }
  await clearAccountFailures(db, user.id);
  const session = await createSession(db, now, policy, user.id, deviceId);
  const profile = await loadUserProfile(db, user.id);
  return { sessionToken: session.token, expiresAt: session.expiresAt.toISOString(), ...profile };
}
