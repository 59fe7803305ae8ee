import type { Kysely } from 'kysely';

import type { EnrolResponse } from '../../shared/sync/http.js';
import { newToken, sha256Hex } from '../auth/tokens.js';
import type { Database } from '../db/schema.js';
import { HttpError } from '../http/errors.js';
import { normaliseEnrolmentCode } from './code.js';

/**
 * Exchanges an enrolment code for a device identity. The code is consumed by one conditional
 * UPDATE, so of two concurrent exchanges exactly one wins; the device row is created in the
 * same transaction. The device token is returned once; only its hash is stored.
 * @throws HttpError enrolment_code_invalid (400), enrolment_code_used (409), enrolment_code_expired (410).
 */
export async function exchangeEnrolmentCode(
  db: Kysely<Database>,
  now: Date,
  request: { code: string; deviceName: string },
): Promise<EnrolResponse> {
  const normalised = normaliseEnrolmentCode(request.code);
  if (!normalised) throw new HttpError(400, 'enrolment_code_invalid');
  const codeHash = sha256Hex(normalised);
  const deviceToken = newToken();
  return db.transaction().execute(async (trx) => {
    const claimed = await trx
      .updateTable('enrolment_codes')
      .set({ used_at: now })
      .where('code_hash', '=', codeHash)
      .where('used_at', 'is', null)
      .where('expires_at', '>', now)
      .returning(['profile', 'region_id'])
      .executeTakeFirst();
    if (!claimed) throw await whyUnclaimable(trx, codeHash);
    const device = await trx
      .insertInto('devices')
      .values({
        name: request.deviceName.trim() || 'device',
        profile: claimed.profile,
        region_id: claimed.region_id,
        token_hash: sha256Hex(deviceToken),
        enrolled_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .updateTable('enrolment_codes')
      .set({ device_id: device.id })
      .where('code_hash', '=', codeHash)
      .execute();
    const region = await trx
      .selectFrom('regions')
      .select(['id', 'code', 'name', 'time_zone'])
      .where('id', '=', claimed.region_id)
      .executeTakeFirstOrThrow();
    return {
      deviceId: device.id,
      deviceToken,
      profile: claimed.profile,
      region: { id: region.id, code: region.code, name: region.name, timeZone: region.time_zone },
    };
  });
}

async function whyUnclaimable(db: Kysely<Database>, codeHash: string): Promise<HttpError> {
  const row = await db
    .selectFrom('enrolment_codes')
    .select(['used_at'])
    .where('code_hash', '=', codeHash)
    .executeTakeFirst();
  if (!row) return new HttpError(400, 'enrolment_code_invalid');
  if (row.used_at) return new HttpError(409, 'enrolment_code_used');
  return new HttpError(410, 'enrolment_code_expired');
}
