import type { Kysely, Selectable } from 'kysely';

import { maskRecipient } from '../../../shared/domain/identity.js';
import type { RecoveryState } from '../../../shared/sync/identity-http.js';
import type { Database, RecoveriesTable } from '../../db/schema.js';
import { secondsUntilResend } from '../deps.js';
import { ensureLiveStep, isUuid, ownRow, purgeStaleFlows } from '../flow-rows.js';
import type { OneTimeCodePolicy } from '../otp-policy.js';

export type RecoveryRow = Selectable<RecoveriesTable>;

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
  const row = isUuid(id)
    ? await db
        .selectFrom('recoveries')
        .selectAll()
        .where('id', '=', id.toLowerCase())
        .executeTakeFirst()
    : undefined;
  return ownRow(row, deviceId);
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
  ensureLiveStep(row, now, steps, 'code_expired');
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
export const purgeStaleRecoveries = (db: Kysely<Database>, now: Date) =>
  purgeStaleFlows(db, 'recoveries', now);
