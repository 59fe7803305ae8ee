import type { Kysely } from 'kysely';

import type { Profile } from '../../../shared/sync/identity-http.js';
import { loadUserProfile } from '../../auth/profile.js';
import type { Database } from '../../db/schema.js';

/** Who acts in settings: the signed-in resident on their device. */
export interface SettingsActor {
  userId: number;
  deviceId: number;
}

/** The mailing consent as it stands: the latest grant or withdrawal, or never given. */
async function mailingConsent(
  db: Kysely<Database>,
  userId: number,
): Promise<Profile['mailingConsent']> {
  const latest = await db
    .selectFrom('user_consents')
    .select(['granted', 'given_at'])
    .where('user_id', '=', userId)
    .where('kind', '=', 'mailing')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return latest
    ? { granted: latest.granted, at: new Date(latest.given_at).toISOString() }
    : { granted: false, at: null };
}

/** The newest e-mail change still waiting for its link to be opened, or null. */
async function pendingEmail(
  db: Kysely<Database>,
  now: Date,
  userId: number,
): Promise<string | null> {
  const change = await db
    .selectFrom('contact_changes')
    .select('contact')
    .where('user_id', '=', userId)
    .where('channel', '=', 'email')
    .where('confirmed_at', 'is', null)
    .where('expires_at', '>', now)
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return change?.contact ?? null;
}

/**
 * "Профиль пользователя" (Рис. 16, 32): login, name, phone, e-mail (null for a resident who
 * registered by phone and has not added one), the mailing consent with its time, the linked
 * accounts with the person's role in each, and an e-mail change awaiting confirmation.
 */
export async function loadIdentityProfile(
  db: Kysely<Database>,
  now: Date,
  userId: number,
): Promise<Profile> {
  const { user, accounts } = await loadUserProfile(db, userId);
  const roles = await db
    .selectFrom('user_accounts')
    .select(['account_id', 'role'])
    .where('user_id', '=', userId)
    .execute();
  const roleOf = new Map(roles.map((r) => [r.account_id, r.role]));
  return {
    login: user.login,
    fullName: user.fullName,
    phone: user.phone,
    email: user.email,
    mailingConsent: await mailingConsent(db, userId),
    accounts: accounts.map((a) => ({ ...a, role: roleOf.get(a.accountId) ?? 'linked' })),
    pendingEmail: await pendingEmail(db, now, userId),
  };
}
