import { randomUUID } from 'node:crypto';

import { type Kysely, sql, type Transaction } from 'kysely';

import type { MeterZone, PushMutation, PushResponse, PushResult } from '../../shared/sync/push.js';
import type { Database } from '../db/schema.js';
import { HttpError } from '../http/errors.js';
import { loadAcceptanceContext } from './context.js';
import { acceptReading } from './validate.js';

export interface PushingDevice {
  id: number;
  regionId: number;
}

/**
 * Applies a device's batch exactly once, in ONE transaction: locks the device row, answers
 * mutations at or below its last applied seq with their stored results (a replay), refuses a
 * batch that skips a seq (409 sequence_gap) or reuses a seq or UUID for a different mutation
 * (409 sequence_conflict), then checks and writes the new ones, storing each result and the new
 * last applied seq in the same transaction. One transaction per batch rather than per mutation
 * keeps a batch to a handful of round trips; the exactly-once guarantee is the same, since the
 * results and the seq commit together with the readings or not at all.
 * @param mutations consecutive seqs, ascending (pushRequestSchema checks this).
 */
export async function applyPush(
  db: Kysely<Database>,
  device: PushingDevice,
  mutations: PushMutation[],
  now: Date,
): Promise<PushResponse> {
  return db.transaction().execute(async (trx) => {
    const locked = await sql<{ last_applied_seq: number }>`
      SELECT last_applied_seq FROM devices WHERE id = ${device.id} FOR UPDATE`.execute(trx);
    const last = Number(locked.rows[0]?.last_applied_seq ?? 0);
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
      for (const result of await applyFresh(trx, device, fresh, now)) {
        results.set(result.seq, result);
      }
    }
    const lastAppliedSeq = fresh.at(-1)?.seq ?? last;
    return { results: mutations.map((m) => results.get(m.seq)!), lastAppliedSeq };
  });
}

async function storedResults(
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

async function applyFresh(
  trx: Transaction<Database>,
  device: PushingDevice,
  fresh: PushMutation[],
  now: Date,
): Promise<PushResult[]> {
  const reused = await trx
    .selectFrom('device_mutations')
    .select('mutation_id')
    .where(
      'mutation_id',
      'in',
      fresh.map((m) => m.id),
    )
    .executeTakeFirst();
  if (reused) throw new HttpError(409, 'sequence_conflict');
  const context = await loadAcceptanceContext(
    trx,
    fresh.map((m) => m.payload.meterId),
    fresh.flatMap((m) => (m.payload.userId === null ? [] : [m.payload.userId])),
  );
  const results: PushResult[] = [];
  const readingRows: ReadingRow[] = [];
  for (const mutation of fresh) {
    const outcome = acceptReading(mutation, device, context, now);
    if (outcome.status === 'rejected') {
      results.push({ seq: mutation.seq, id: mutation.id, ...outcome, period: null });
      continue;
    }
    results.push({
      seq: mutation.seq,
      id: mutation.id,
      status: 'applied',
      reason: null,
      period: outcome.period,
    });
    for (const { zone, value } of outcome.values) {
      readingRows.push({
        id: randomUUID(),
        submission_id: mutation.id,
        meter_id: mutation.payload.meterId,
        period: outcome.period,
        zone,
        value,
        source: mutation.payload.source,
        entered_at: mutation.payload.enteredAt,
        user_id: mutation.payload.userId,
        device_id: device.id,
      });
    }
  }
  await insertReadings(trx, readingRows);
  await storeResults(trx, device.id, results, now);
  return results;
}

type ReadingRow = {
  id: string;
  submission_id: string;
  meter_id: number;
  period: string;
  zone: MeterZone;
  value: string;
  source: 'cabinet' | 'kiosk' | 'counter';
  entered_at: string;
  user_id: number | null;
  device_id: number;
};

/** One INSERT … SELECT FROM unnest(arrays): a column per parameter, far cheaper than a row of them each. */
async function insertReadings(trx: Transaction<Database>, rows: ReadingRow[]): Promise<void> {
  if (rows.length === 0) return;
  const column = <K extends keyof ReadingRow>(key: K) => rows.map((row) => row[key]);
  await sql`
    INSERT INTO readings (id, submission_id, meter_id, period, zone, value, source, entered_at, user_id, device_id)
    SELECT * FROM unnest(${column('id')}::uuid[], ${column('submission_id')}::uuid[],
      ${column('meter_id')}::int[], ${column('period')}::text[], ${column('zone')}::text[],
      ${column('value')}::numeric[], ${column('source')}::text[], ${column('entered_at')}::timestamptz[],
      ${column('user_id')}::int[], ${column('device_id')}::int[])`.execute(trx);
}

/** Stores the batch's results and moves the device's last applied seq, in one statement. */
async function storeResults(
  trx: Transaction<Database>,
  deviceId: number,
  results: PushResult[],
  now: Date,
): Promise<void> {
  const column = <T>(pick: (r: PushResult) => T) => results.map(pick);
  await sql`
    WITH stored AS (
      INSERT INTO device_mutations (device_id, seq, mutation_id, status, reason_code, reason_message, period, applied_at)
      SELECT ${deviceId}, * , ${now}::timestamptz FROM unnest(${column((r) => r.seq)}::bigint[],
        ${column((r) => r.id)}::uuid[], ${column((r) => r.status)}::text[],
        ${column((r) => r.reason?.code ?? null)}::text[], ${column((r) => r.reason?.message ?? null)}::text[],
        ${column((r) => r.period)}::text[])
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
