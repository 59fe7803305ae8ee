import type { Kysely } from 'kysely';

import type { Database } from '../db/schema.js';

/** Sign-in throttling limits (OWASP: lock well before 100 consecutive failures). */
export const ACCOUNT_MAX_FAILURES = 10;
export const ACCOUNT_LOCK_MINUTES = 15;
export const SOURCE_MAX_FAILURES = 30;
export const SOURCE_WINDOW_MINUTES = 10;

const windowStart = (now: Date) => new Date(now.getTime() - SOURCE_WINDOW_MINUTES * 60_000);

/** True when `source` (e.g. a device) has used up its failures in the sliding window. */
export async function isSourceThrottled(
  db: Kysely<Database>,
  now: Date,
  source: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('login_failures')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('source', '=', source)
    .where('failed_at', '>', windowStart(now))
    .executeTakeFirst();
  return Number(row?.n ?? 0) >= SOURCE_MAX_FAILURES;
}

/** Records one failed sign-in of `source` and forgets its failures older than the window. */
export async function recordSourceFailure(
  db: Kysely<Database>,
  now: Date,
  source: string,
): Promise<void> {
  await db
    .deleteFrom('login_failures')
    .where('source', '=', source)
    .where('failed_at', '<=', windowStart(now))
    .execute();
  await db.insertInto('login_failures').values({ source, failed_at: now }).execute();
}

/**
 * Counts one more consecutive failure of a user, atomically; the tenth locks the account for
 * fifteen minutes and starts the count afresh for when the lock ends.
 */
export async function recordAccountFailure(
  db: Kysely<Database>,
  now: Date,
  userId: number,
): Promise<void> {
  const lockedUntil = new Date(now.getTime() + ACCOUNT_LOCK_MINUTES * 60_000);
  await db
    .updateTable('users')
    .set((eb) => ({
      locked_until: eb
        .case()
        .when('failed_logins', '>=', ACCOUNT_MAX_FAILURES - 1)
        .then(lockedUntil)
        .else(eb.ref('locked_until'))
        .end(),
      failed_logins: eb
        .case()
        .when('failed_logins', '>=', ACCOUNT_MAX_FAILURES - 1)
        .then(0)
        .else(eb('failed_logins', '+', 1))
        .end(),
    }))
    .where('id', '=', userId)
    .execute();
}

/** A successful sign-in clears the user's failure count and any lock. */
export async function clearAccountFailures(db: Kysely<Database>, userId: number): Promise<void> {
  await db
    .updateTable('users')
    .set({ failed_logins: 0, locked_until: null })
    .where('id', '=', userId)
    .execute();
}
