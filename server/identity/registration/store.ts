import type { Kysely, Selectable } from 'kysely';

import { maskAddress, maskPersonName, maskRecipient } from '../../../shared/domain/identity.js';
import type { RegistrationState } from '../../../shared/sync/identity-http.js';
import type { Database, RegistrationsTable } from '../../db/schema.js';
import { HttpError } from '../../http/errors.js';
import { secondsUntilResend } from '../deps.js';
import type { OneTimeCodePolicy } from '../otp-policy.js';

export type RegistrationRow = Selectable<RegistrationsTable>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The registration `id`; only the device that started it may see or continue it.
 * @throws HttpError not_found (404) for an unknown id or another device's registration.
 */
export async function loadRegistration(
  db: Kysely<Database>,
  id: string,
  deviceId: number | null,
): Promise<RegistrationRow> {
  const row = UUID.test(id)
    ? await db
        .selectFrom('registrations')
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
 * Refuses to continue a registration past its lifetime or in another step.
 * @throws HttpError registration_expired (410), step_invalid (409).
 */
export function ensureStep(
  row: RegistrationRow,
  now: Date,
  steps: readonly RegistrationRow['step'][],
): void {
  if (row.step !== 'done' && now.getTime() >= new Date(row.expires_at).getTime()) {
    throw new HttpError(410, 'registration_expired');
  }
  if (!steps.includes(row.step)) throw new HttpError(409, 'step_invalid');
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
export async function purgeStaleRegistrations(db: Kysely<Database>, now: Date): Promise<void> {
  await db
    .deleteFrom('registrations')
    .where('expires_at', '<', new Date(now.getTime() - 24 * 3_600_000))
    .execute();
}
