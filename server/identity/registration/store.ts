import type { Kysely, Selectable } from 'kysely';

import { maskAddress, maskPersonName, maskRecipient } from '../../../shared/domain/identity.js';
import type { RegistrationState } from '../../../shared/sync/identity-http.js';
import type { Database, RegistrationsTable } from '../../db/schema.js';
import { secondsUntilResend } from '../deps.js';
import { ensureLiveStep, isUuid, ownRow, purgeStaleFlows } from '../flow-rows.js';
import type { OneTimeCodePolicy } from '../otp-policy.js';

export type RegistrationRow = Selectable<RegistrationsTable>;

/**
 * The registration `id`; only the device that started it may see or continue it.
 * @throws HttpError not_found (404) for an unknown id or another device's registration.
 */
export async function loadRegistration(
  db: Kysely<Database>,
  id: string,
  deviceId: number | null,
): Promise<RegistrationRow> {
  const row = isUuid(id)
    ? await db
        .selectFrom('registrations')
        .selectAll()
        .where('id', '=', id.toLowerCase())
        .executeTakeFirst()
    : undefined;
  return ownRow(row, deviceId);
}

/**
 * Refuses to continue a registration past its lifetime or in another step.
 * @throws HttpError registration_expired (410), step_invalid (409).
 */
export function ensureStep(
  row: RegistrationRow,
  now: Date,
  steps: readonly RegistrationRow['step'][],
): void {
  ensureLiveStep(row, now, steps, 'registration_expired');
}

/** Where the registration stands, as the device shows it (Рис. 6–11): masked, no secrets. */
export async function registrationView(
  db: Kysely<Database>,
  row: RegistrationRow,
  now: Date,
  policy: OneTimeCodePolicy,
): Promise<RegistrationState> {
  const account = row.account_id
    ? await db
        .selectFrom('accounts')
        .select(['number', 'owner_name', 'address'])
        .where('id', '=', row.account_id)
        .executeTakeFirst()
    : undefined;
  const code = await db
    .selectFrom('one_time_codes')
    .select('sent_at')
    .where('request_id', '=', row.id)
    .where('purpose', '=', 'registration')
    .executeTakeFirst();
  const sending = row.step === 'code' || row.step === 'email_sent';
  return {
    registrationId: row.id,
    step: row.step,
    variant: row.variant,
    login: row.login,
    recipient: maskRecipient(row.contact),
    account: account
      ? {
          number: account.number,
          ownerMasked: maskPersonName(account.owner_name),
          addressMasked: maskAddress(account.address),
        }
      : null,
    resendAfterSeconds: sending ? secondsUntilResend(code?.sent_at, now, policy) : 0,
    expiresAt: new Date(row.expires_at).toISOString(),
  };
}

/** Forgets registrations that ended or expired more than a day ago (they hold a password hash). */
export const purgeStaleRegistrations = (db: Kysely<Database>, now: Date) =>
  purgeStaleFlows(db, 'registrations', now);
