import type { Kysely } from 'kysely';

import type { SignInResponse } from '../../shared/sync/http.js';
import type { Database } from '../db/schema.js';
import { checkCredentials } from './credentials.js';
import { loadUserProfile } from './profile.js';
import { createSession, type SessionPolicy } from './sessions.js';

export interface SignInDeps {
  db: Kysely<Database>;
  now: Date;
  policy: SessionPolicy;
}

/**
 * Signs a resident in on a device. Every wrong login or password answers the same generic
 * invalid_credentials; throttling is per account (lock after 10 consecutive failures) and per
 * source device (429 after 30 failures in 10 minutes). Each sign-in opens a new session (a new
 * token: rotation at login).
 * @throws HttpError invalid_credentials (401), account_locked (423), rate_limited (429).
 */
export async function signIn(
  deps: SignInDeps,
  deviceId: number,
  credentials: { login: string; password: string },
): Promise<SignInResponse> {
  const { db, now, policy } = deps;
  const { userId } = await checkCredentials(db, now, `device:${deviceId}`, credentials);
  const session = await createSession(db, now, policy, userId, deviceId);
  const profile = await loadUserProfile(db, userId);
  return { sessionToken: session.token, expiresAt: session.expiresAt.toISOString(), ...profile };
}
