import type { Transaction } from 'kysely';

import type { DeviceProfile } from '../../shared/contract/views.js';
import type { PushReason, PushResult, RequestCreateMutation } from '../../shared/sync/push.js';
import type { Database } from '../db/schema.js';
import { renumbered } from './numbering.js';
import { requestRejection } from './reasons.js';

/** The device pushing the request; only a counter may file without a resident (userId null). */
export interface RequestingDevice {
  id: number;
  regionId: number;
  profile?: DeviceProfile;
}

/**
 * Applies one 'request.create' mutation inside the push batch's transaction, which must already
 * hold the sync write lock (support_requests is pulled). Rejects with a reason when the account
 * is unknown, the resident is not linked to it, or nobody signed in outside a counter (or the
 * counter's region); otherwise inserts the request with submission_id = the mutation's UUID,
 * renumbering it '<number>-<k>' if its number is taken. Exactly-once is the caller's: it stores
 * this result with the device's last applied seq in the same transaction.
 */
export async function applyRequestMutation(
  trx: Transaction<Database>,
  device: RequestingDevice,
  mutation: RequestCreateMutation,
  now: Date,
): Promise<PushResult> {
  const { payload } = mutation;
  const settle = (reason: PushReason | null): PushResult => ({
    seq: mutation.seq,
    id: mutation.id,
    status: reason ? 'rejected' : 'applied',
    reason,
    period: null,
  });
  const account = await trx
    .selectFrom('accounts')
    .select(['id', 'region_id'])
    .where('id', '=', payload.accountId)
    .executeTakeFirst();
  if (!account) return settle(requestRejection.accountUnknown());
  const refusal = await refusalFor(trx, device, payload, account.region_id);
  if (refusal) return settle(refusal);

  const createdAt = new Date(payload.createdAt);
  const row = {
    region_id: account.region_id,
    submission_id: mutation.id,
    account_id: account.id,
    user_id: payload.userId,
    device_id: device.id,
    source: payload.source,
    topic: payload.topic,
    body: payload.body,
    contact: payload.contact,
    // An offline device's clock may run ahead: a request is never dated after its arrival.
    created_at: createdAt.getTime() > now.getTime() ? now : createdAt,
    updated_at: now,
  };
  const inserted = await trx
    .insertInto('support_requests')
    .values({ ...row, number: payload.number })
    .onConflict((conflict) => conflict.column('number').doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!inserted) {
    const number = await renumbered(trx, payload.number);
    await trx
      .insertInto('support_requests')
      .values({ ...row, number })
      .execute();
  }
  return settle(null);
}

async function refusalFor(
  trx: Transaction<Database>,
  device: RequestingDevice,
  payload: RequestCreateMutation['payload'],
  accountRegionId: number,
): Promise<PushReason | null> {
  if (payload.userId === null) {
    if (device.profile !== 'counter') return requestRejection.staffOnly();
    return accountRegionId === device.regionId ? null : requestRejection.accountOtherRegion();
  }
  const link = await trx
    .selectFrom('user_accounts')
    .select('user_id')
    .where('user_id', '=', payload.userId)
    .where('account_id', '=', payload.accountId)
    .executeTakeFirst();
  return link ? null : requestRejection.userNotLinked();
}

/**
 * The push's applier for 'request.create' mutations (server/readings/apply-push.ts routes them
 * here): one after another in seq order, so two requests of one batch never race for a number.
 */
export async function applyRequestMutations(
  trx: Transaction<Database>,
  device: RequestingDevice,
  mutations: RequestCreateMutation[],
  now: Date,
): Promise<PushResult[]> {
  const results: PushResult[] = [];
  for (const mutation of mutations) {
    results.push(await applyRequestMutation(trx, device, mutation, now));
  }
  return results;
}
