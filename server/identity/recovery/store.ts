import type { Kysely, Selectable } from 'kysely';

import { maskRecipient } from '../../../shared/domain/identity.js';
import type { RecoveryState } from '../../../shared/sync/identity-http.js';
import type { Database, RecoveriesTable } from '../../db/schema.js';
import { HttpError } from '../../http/errors.js';
import { secondsUntilResend } from '../deps.js';
import type { OneTimeCodePolicy } from '../otp-policy.js';

export type RecoveryRow = Selectable<RecoveriesTable>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The recovery `id`; only the device that started it may see or continue it (null: the e-mail
 * link's page, which proves itself by its token).
 * @throws HttpError not_found (404).
 */
export async function loadRecovery(
  db: Kysely<Database>,
  id: string,
  deviceId: number | null,
): Promise<RecoveryRow> {
  const row = UUID.test(id)
    ? await db
        .selectFrom('recoveries')
        .selectAll()
        .where('id', '=', id.toLowerCase())
        .executeTakeFirst()
    : undefined;
  if (!row || (deviceId !== null && row.device_id !== deviceId)) {
    throw new HttpError(404, 'not_found');
  }
  return row;
}

/**
 * Refuses to continue a recovery past its lifetime or in another step.
 * @throws HttpError code_expired (410), step_invalid (409).
 */
export function ensureRecoveryStep(
  row: RecoveryRow,
  now: Date,
  steps: readonly RecoveryRow['step'][],
): void {
  if (row.step !== 'done' && now.getTime() >= new Date(row.expires_at).getTime()) {
    throw new HttpError(410, 'code_expired');
  }
  if (!steps.includes(row.step)) throw new HttpError(409, 'step_invalid');
}

/**
 * Where the recovery stands. Before verification it is built from the request alone, so a
 * decoy (unknown contact) looks exactly like a real one; the login appears once verified.
 */
export async function recoveryView(
  db: Kysely<Database>,
  row: RecoveryRow,
  now: Date,
  policy: OneTimeCodePolicy,
): Promise<RecoveryState> {
  const verified = row.step === 'password' || row.step === 'done';
  const user =
    verified && row.user_id !== null
      ? await db
          .selectFrom('users')
          .select('login')
          .where('id', '=', row.user_id)
          .executeTakeFirst()
      : undefined;
  const code = verified
    ? undefined
    : await db
        .selectFrom('one_time_codes')
        .select('sent_at')
        .where('request_id', '=', row.id)
        .where('purpose', '=', 'recovery')
        .executeTakeFirst();
  return {
    recoveryId: row.id,
    method: row.method,
    recipient: maskRecipient(row.contact),
    step: row.step,
    login: user?.login ?? null,
    resendAfterSeconds: secondsUntilResend(code?.sent_at, now, policy),
    expiresAt: new Date(row.expires_at).toISOString(),
  };
}

/** Forgets recoveries that ended or expired more than a day ago. */
export async function purgeStaleRecoveries(db: Kysely<Database>, now: Date): Promise<void> {
  await db
    .deleteFrom('recoveries')
    .where('expires_at', '<', new Date(now.getTime() - 24 * 3_600_000))
    .execute();
}
