import { type Kysely, sql, type Transaction } from 'kysely';

import type { PushMutation, PushResult } from '../../shared/sync/push.js';
import type { Database } from '../db/schema.js';
import { HttpError } from '../http/errors.js';

/**
 * The device's log of applied mutations: its last applied seq (`devices.last_applied_seq`) and
 * every mutation's result (`device_mutations`), written in the batch's transaction.
 */

/** The device's last applied seq, its row locked until the transaction ends. */
export async function lockLastAppliedSeq(
  trx: Transaction<Database>,
  deviceId: number,
): Promise<number> {
  const locked = await sql<{ last_applied_seq: number }>`
    SELECT last_applied_seq FROM devices WHERE id = ${deviceId} FOR UPDATE`.execute(trx);
  return Number(locked.rows[0]?.last_applied_seq ?? 0);
}

/**
 * The stored results of mutations the device already sent (seqs at or below its last applied
 * one): a repeat is answered, never applied again. 409 sequence_conflict when a seq was stored
 * for another UUID.
 */
export async function storedResults(
  trx: Transaction<Database>,
  deviceId: number,
  replayed: PushMutation[],
): Promise<PushResult[]> {
  if (replayed.length === 0) return [];
  const rows = await trx
    .selectFrom('device_mutations')
    .select(['seq', 'mutation_id', 'status', 'reason_code', 'reason_message', 'period'])
    .where('device_id', '=', deviceId)
    .where('seq', '>=', replayed[0]!.seq)
    .where('seq', '<=', replayed.at(-1)!.seq)
    .execute();
  const bySeq = new Map(rows.map((row) => [Number(row.seq), row]));
  return replayed.map((mutation) => {
    const row = bySeq.get(mutation.seq);
    if (!row || row.mutation_id !== mutation.id) throw new HttpError(409, 'sequence_conflict');
    return {
      seq: mutation.seq,
      id: mutation.id,
      status: row.status,
      reason:
        row.reason_code !== null
          ? { code: row.reason_code, message: row.reason_message ?? '' }
          : null,
      period: row.period,
    };
  });
}

/**
 * Stores the fresh results and moves the device's last applied seq to the highest of them, in one
 * statement. A UUID stored before (at another seq or by another device) violates
 * device_mutations' unique mutation_id; apply-push.ts answers that with 409 sequence_conflict.
 */
export async function storeResults(
  trx: Transaction<Database>,
  deviceId: number,
  results: PushResult[],
  now: Date,
): Promise<void> {
  const column = <T>(pick: (r: PushResult) => T) => results.map(pick);
  await sql`
    WITH stored AS (
      INSERT INTO device_mutations (device_id, seq, mutation_id, status, reason_code,
                                    reason_message, period, applied_at)
      SELECT ${deviceId}, *, ${now}::timestamptz
        FROM unnest(${column((r) => r.seq)}::bigint[], ${column((r) => r.id)}::uuid[],
          ${column((r) => r.status)}::text[], ${column((r) => r.reason?.code ?? null)}::text[],
          ${column((r) => r.reason?.message ?? null)}::text[], ${column((r) => r.period)}::text[])
      RETURNING seq
    )
    UPDATE devices SET last_applied_seq = (SELECT max(seq) FROM stored) WHERE id = ${deviceId}`.execute(
    trx,
  );
}

/** The device's last applied (or rejected) seq, for numbering after a lost or new outbox. */
export async function pushState(
  db: Kysely<Database>,
  deviceId: number,
): Promise<{ lastAppliedSeq: number }> {
  const row = await db
    .selectFrom('devices')
    .select('last_applied_seq')
    .where('id', '=', deviceId)
    .executeTakeFirst();
  return { lastAppliedSeq: Number(row?.last_applied_seq ?? 0) };
}
