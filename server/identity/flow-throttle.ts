import type { Kysely } from 'kysely';

import type { Database } from '../db/schema.js';
import { HttpError } from '../http/errors.js';

/** A sliding-window limit on attempts of one source (kept in login_failures, by source name). */
export interface AttemptLimit {
  /** e.g. `recovery-device:12`; never a raw phone or e-mail. */
  source: string;
  max: number;
  windowMinutes: number;
}

/**
 * Counts one attempt of each source, or refuses when any has used up its window; attempts older
 * than the window are forgotten on the way.
 * @throws HttpError rate_limited (429).
 */
export async function takeAttempts(
  db: Kysely<Database>,
  now: Date,
  limits: AttemptLimit[],
): Promise<void> {
  for (const limit of limits) {
    const since = new Date(now.getTime() - limit.windowMinutes * 60_000);
    await db
      .deleteFrom('login_failures')
      .where('source', '=', limit.source)
      .where('failed_at', '<=', since)
      .execute();
    const row = await db
      .selectFrom('login_failures')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('source', '=', limit.source)
      .executeTakeFirst();
    if (Number(row?.n ?? 0) >= limit.max) throw new HttpError(429, 'rate_limited');
  }
  await db
    .insertInto('login_failures')
    .values(limits.map((limit) => ({ source: limit.source, failed_at: now })))
    .execute();
}
