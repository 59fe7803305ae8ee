import type { Kysely } from 'kysely';

import type { Database } from '../db/schema.js';
import { type CentralErrorCode, HttpError } from '../http/errors.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True for a UUID (any case); flows look nothing else up by id. */
export const isUuid = (id: string): boolean => UUID.test(id);

/**
 * A registration's or recovery's row as the caller may see it: only the device that started it
 * (null: the e-mail link's page, which proves itself by its token).
 * @throws HttpError not_found (404) for no row or another device's.
 */
export function ownRow<T extends { device_id: number }>(
  row: T | undefined,
  deviceId: number | null,
): T {
  if (!row || (deviceId !== null && row.device_id !== deviceId)) {
    throw new HttpError(404, 'not_found');
  }
  return row;
}

/**
 * Refuses to continue a flow past its lifetime (unless done) or in another step.
 * @throws HttpError `expired` (410), step_invalid (409).
 */
export function ensureLiveStep<S extends string>(
  row: { step: S; expires_at: Date | string },
  now: Date,
  steps: readonly S[],
  expired: CentralErrorCode,
): void {
  if (row.step !== 'done' && now.getTime() >= new Date(row.expires_at).getTime()) {
    throw new HttpError(410, expired);
  }
  if (!steps.includes(row.step)) throw new HttpError(409, 'step_invalid');
}

/** Forgets flows that ended or expired more than a day ago (a registration holds a password hash). */
export async function purgeStaleFlows(
  db: Kysely<Database>,
  table: 'registrations' | 'recoveries',
  now: Date,
): Promise<void> {
  await db
    .deleteFrom(table)
    .where('expires_at', '<', new Date(now.getTime() - 24 * 3_600_000))
    .execute();
}
