import type { Kysely } from 'kysely';

import type { Database } from '../db/schema.js';
import { HttpError } from '../http/errors.js';
import { newToken, sha256Hex } from './tokens.js';

/** How long a resident's session lives: idle limit since last use and an absolute limit. */
export interface SessionPolicy {
  idleMinutes: number;
  absoluteHours: number;
}

/** Opens a session for `userId` on `deviceId`; the token is returned once, its hash stored. */
export async function createSession(
  db: Kysely<Database>,
  now: Date,
  policy: SessionPolicy,
  userId: number,
  deviceId: number,
): Promise<{ token: string; expiresAt: Date }> {
  const token = newToken();
  const expiresAt = new Date(now.getTime() + policy.absoluteHours * 3_600_000);
  await db
    .insertInto('sessions')
    .values({
      token_hash: sha256Hex(token),
      user_id: userId,
      device_id: deviceId,
      created_at: now,
      last_seen_at: now,
      expires_at: expiresAt,
    })
    .execute();
  return { token, expiresAt };
}

/**
 * Finds the live session of `token` on `deviceId` and marks it used now.
 * A session is live when not ended, before its absolute expiry and used within the idle limit.
 * @throws HttpError unauthorized (401) otherwise.
 */
export async function resumeSession(
  db: Kysely<Database>,
  now: Date,
  policy: SessionPolicy,
  token: string | undefined,
  deviceId: number,
): Promise<{ userId: number }> {
  if (!token || token.length > 128) throw new HttpError(401, 'unauthorized');
  const idleSince = new Date(now.getTime() - policy.idleMinutes * 60_000);
  const session = await db
    .updateTable('sessions')
    .set({ last_seen_at: now })
    .where('token_hash', '=', sha256Hex(token))
    .where('device_id', '=', deviceId)
    .where('ended_at', 'is', null)
    .where('expires_at', '>', now)
    .where('last_seen_at', '>', idleSince)
    .returning('user_id')
    .executeTakeFirst();
  if (!session) throw new HttpError(401, 'unauthorized');
  return { userId: session.user_id };
}

/** Ends the session of `token` on `deviceId`; ending an ended or unknown session is a no-op. */
export async function endSession(
  db: Kysely<Database>,
  now: Date,
  token: string | undefined,
  deviceId: number,
): Promise<void> {
  if (!token || token.length > 128) return;
  await db
    .updateTable('sessions')
    .set({ ended_at: now })
    .where('token_hash', '=', sha256Hex(token))
    .where('device_id', '=', deviceId)
    .where('ended_at', 'is', null)
    .execute();
}

/** Ends every live session of `userId` (a recovered password: whoever held one is out). */
export async function endUserSessions(
  db: Kysely<Database>,
  now: Date,
  userId: number,
): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ ended_at: now })
    .where('user_id', '=', userId)
    .where('ended_at', 'is', null)
    .execute();
}

/**
 * Rotation after a password change: every session of `userId` ends, the current one included,
 * and a new session on `deviceId` replaces it. Its token is returned once.
 */
export async function rotateUserSessions(
  db: Kysely<Database>,
  now: Date,
  policy: SessionPolicy,
  userId: number,
  deviceId: number,
): Promise<{ token: string; expiresAt: Date }> {
  await endUserSessions(db, now, userId);
  return createSession(db, now, policy, userId, deviceId);
}
