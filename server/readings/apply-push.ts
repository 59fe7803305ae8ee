import type { Kysely, Transaction } from 'kysely';

import type { PushMutation, PushResponse, PushResult } from '../../shared/sync/push.js';
import type { Database } from '../db/schema.js';
import { HttpError } from '../http/errors.js';
import { applyRequestMutations } from '../requests/apply-request.js';
import { withSyncWriteLock } from '../sync/write-lock.js';
import { applyReadings } from './apply-readings.js';
import { lockLastAppliedSeq, storedResults, storeResults } from './device-log.js';
import type { MutationApplier, PushingDevice } from './push-types.js';

export { pushState } from './device-log.js';
export type { PushingDevice } from './push-types.js';

type Kind = PushMutation['kind'];

/** Who applies each kind of mutation. A new kind: its schema in shared/sync/push.ts, its applier here. */
const appliers: { [K in Kind]: MutationApplier<K> } = {
  'reading.submit': applyReadings,
  'request.create': applyRequestMutations,
};

/** Unique indexes a mutation UUID sent again at a new seq runs into. */
const REUSED_UUID_CONSTRAINTS = new Set([
  'device_mutations_mutation_id_key',
  'readings_submission_zone',
  'support_requests_submission_id_key',
]);

/**
 * Applies a device's batch exactly once, in ONE transaction holding the sync write lock (the
 * readings written are pulled by devices, so their revs must become visible in commit order):
 * locks the device row, answers mutations at or below its last applied seq with their stored
 * results (a replay), refuses a batch that skips a seq (409 sequence_gap) or reuses a seq or UUID
 * for a different mutation (409 sequence_conflict), then checks and writes the new ones, storing
 * each result and the new last applied seq in the same transaction: the results and the seq
 * commit together with the writes or not at all.
 * @param mutations consecutive seqs, ascending (pushRequestSchema checks this).
 */
export async function applyPush(
  db: Kysely<Database>,
  device: PushingDevice,
  mutations: PushMutation[],
  now: Date,
): Promise<PushResponse> {
  return withSyncWriteLock(db, async (trx) => {
    const last = await lockLastAppliedSeq(trx, device.id);
    const replayed = mutations.filter((m) => m.seq <= last);
    const fresh = mutations.filter((m) => m.seq > last);
    if (fresh.length > 0 && fresh[0]!.seq !== last + 1) {
      throw new HttpError(409, 'sequence_gap');
    }
    const results = new Map<number, PushResult>();
    for (const result of await storedResults(trx, device.id, replayed)) {
      results.set(result.seq, result);
    }
    if (fresh.length > 0) {
      const applied = await applyFresh(trx, device, fresh, now).catch(reusedUuidIsConflict);
      await storeResults(trx, device.id, applied, now).catch(reusedUuidIsConflict);
      for (const result of applied) results.set(result.seq, result);
    }
    const lastAppliedSeq = fresh.at(-1)?.seq ?? last;
    return { results: mutations.map((m) => results.get(m.seq)!), lastAppliedSeq };
  });
}

/**
 * Hands each kind's mutations (in seq order) to its applier, one kind after another; kinds do
 * not depend on each other within a batch. Returns the results in seq order.
 */
async function applyFresh(
  trx: Transaction<Database>,
  device: PushingDevice,
  fresh: PushMutation[],
  now: Date,
): Promise<PushResult[]> {
  const byKind = new Map<Kind, PushMutation[]>();
  for (const mutation of fresh) {
    const list = byKind.get(mutation.kind);
    if (list) list.push(mutation);
    else byKind.set(mutation.kind, [mutation]);
  }
  const results: PushResult[] = [];
  for (const [kind, ofKind] of byKind) {
    results.push(...(await applyKind(trx, device, kind, ofKind, now)));
  }
  return byKind.size === 1 ? results : results.sort((a, b) => a.seq - b.seq);
}

function applyKind<K extends Kind>(
  trx: Transaction<Database>,
  device: PushingDevice,
  kind: K,
  mutations: Extract<PushMutation, { kind: K }>[],
  now: Date,
): Promise<PushResult[]> {
  return appliers[kind](trx, device, mutations, now);
}

/** A UUID already stored (at another seq, or by another device) is the device's numbering at fault. */
function reusedUuidIsConflict(error: unknown): never {
  const { code, constraint } = (error ?? {}) as { code?: string; constraint?: string };
  if (code === '23505' && constraint !== undefined && REUSED_UUID_CONSTRAINTS.has(constraint)) {
    throw new HttpError(409, 'sequence_conflict');
  }
  throw error;
}
