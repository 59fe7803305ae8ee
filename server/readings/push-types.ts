import type { Transaction } from 'kysely';

import type { DeviceProfile } from '../../shared/contract/views.js';
import type { PushMutation, PushResult } from '../../shared/sync/push.js';
import type { Database } from '../db/schema.js';

/** The authenticated device a batch comes from. */
export interface PushingDevice {
  id: number;
  regionId: number;
  /** Only a counter may file a support request without a resident (server/requests). */
  profile?: DeviceProfile;
}

/**
 * Applies a device's fresh mutations of one kind, in seq order, inside the push's transaction
 * (which holds the sync write lock): checks them, writes what they change, and returns one result
 * per mutation in the same order. A rejection is a result, never a throw.
 */
export type MutationApplier<K extends PushMutation['kind'] = PushMutation['kind']> = (
  trx: Transaction<Database>,
  device: PushingDevice,
  mutations: Extract<PushMutation, { kind: K }>[],
  now: Date,
) => Promise<PushResult[]>;
