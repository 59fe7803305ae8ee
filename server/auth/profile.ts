import type { Kysely } from 'kysely';

import type { LinkedAccount, SignInResponse } from '../../shared/sync/http.js';
import type { Database } from '../db/schema.js';

export type UserProfile = Pick<SignInResponse, 'user' | 'accounts'>;

/** The signed-in resident and the accounts linked to them (any region), owners' accounts first. */
export async function loadUserProfile(db: Kysely<Database>, userId: number): Promise<UserProfile> {
  const user = await db
    .selectFrom('users')
    .select(['id', 'login', 'full_name', 'phone', 'email'])
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();
  const accounts = await db
    .selectFrom('user_accounts as ua')
    .innerJoin('accounts as a', 'a.id', 'ua.account_id')
    .innerJoin('regions as r', 'r.id', 'a.region_id')
    .select([
      'a.id',
      'a.number',
      'a.address',
      'a.region_id',
      'r.name as region_name',
      'a.owner_name',
      'a.owner_phone',
      'ua.role',
    ])
    .where('ua.user_id', '=', userId)
    .orderBy('ua.role', 'desc')
    .orderBy('a.number')
    .execute();
  return {
    user: {
      id: user.id,
      login: user.login,
      fullName: user.full_name,
      phone: user.phone,
      email: user.email,
    },
    accounts: accounts.map((a): LinkedAccount => ({
      accountId: a.id,
      number: a.number,
      address: a.address,
      regionId: a.region_id,
      regionName: a.region_name,
      ownerName: a.owner_name,
      ownerPhone: a.owner_phone,
    })),
  };
}
