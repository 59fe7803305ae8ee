import type { Kysely } from 'kysely';

import type { DeviceProfile } from '../../shared/contract/views.js';
import { sha256Hex } from '../auth/tokens.js';
import type { Database } from '../db/schema.js';
import { HttpError } from '../http/errors.js';
import { generateEnrolmentCode, normaliseEnrolmentCode } from './code.js';

export interface IssuedCode {
  /** Shown once to the administrator as XXXX-XXXX-XXXX; only its hash is stored. */
  code: string;
  expiresAt: string;
}

/**
 * Issues a single-use enrolment code for a device of `profile` in the region `regionCode`.
 * @throws HttpError region_unknown (404) when no such region exists.
 */
export async function issueEnrolmentCode(
  db: Kysely<Database>,
  now: Date,
  request: { profile: DeviceProfile; regionCode: string; ttlMinutes: number },
): Promise<IssuedCode> {
  const region = await db
    .selectFrom('regions')
    .select('id')
    .where('code', '=', request.regionCode)
    .executeTakeFirst();
  if (!region) throw new HttpError(404, 'region_unknown');
  const code = generateEnrolmentCode();
  const expiresAt = new Date(now.getTime() + request.ttlMinutes * 60_000);
  await db
    .insertInto('enrolment_codes')
    .values({
      code_hash: sha256Hex(normaliseEnrolmentCode(code) ?? code),
      profile: request.profile,
      region_id: region.id,
      created_at: now,
      expires_at: expiresAt,
    })
    .execute();
  return { code, expiresAt: expiresAt.toISOString() };
}
