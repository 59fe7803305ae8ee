import type { Kysely } from 'kysely';

import type { DeviceProfile } from '../../shared/contract/views.js';
import { sha256Hex } from '../auth/tokens.js';
import type { Database } from '../db/schema.js';
import { HttpError } from '../http/errors.js';

/** An enrolled device, as established from its `Authorization: Device <token>` header. */
export interface AuthenticatedDevice {
  id: number;
  profile: DeviceProfile;
  regionId: number;
}

const DEVICE_HEADER = /^Device ([A-Za-z0-9_-]{16,128})$/;
const LAST_SEEN_GRANULARITY_MS = 60_000;

/**
 * Authenticates a device by its token header and notes when it was last seen (at most once a
 * minute, so a busy device does not write on every request).
 * @throws HttpError unauthorized (401) for a missing or unknown token, device_revoked (401) for a revoked device.
 */
export async function authenticateDevice(
  db: Kysely<Database>,
  now: Date,
  authorization: string | undefined,
): Promise<AuthenticatedDevice> {
  const token = DEVICE_HEADER.exec(authorization?.trim() ?? '')?.[1];
  if (!token) throw new HttpError(401, 'unauthorized');
  const device = await db
    .selectFrom('devices')
    .select(['id', 'profile', 'region_id', 'revoked_at', 'last_seen_at'])
    .where('token_hash', '=', sha256Hex(token))
    .executeTakeFirst();
  if (!device) throw new HttpError(401, 'unauthorized');
  if (device.revoked_at) throw new HttpError(401, 'device_revoked');
  const staleBefore = new Date(now.getTime() - LAST_SEEN_GRANULARITY_MS);
  if (!device.last_seen_at || new Date(device.last_seen_at) <= staleBefore) {
    await db
      .updateTable('devices')
      .set({ last_seen_at: now })
      .where('id', '=', device.id)
      .where((eb) => eb.or([eb('last_seen_at', 'is', null), eb('last_seen_at', '<=', staleBefore)]))
      .execute();
  }
  return { id: device.id, profile: device.profile, regionId: device.region_id };
}
