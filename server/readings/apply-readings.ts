import { randomUUID } from 'node:crypto';

import { sql, type Transaction } from 'kysely';

import type { MeterZone, ReadingSubmitMutation, PushResult } from '../../shared/sync/push.js';
import type { Database } from '../db/schema.js';
import { loadAcceptanceContext } from './context.js';
import type { PushingDevice } from './push-types.js';
import { acceptReading } from './validate.js';

/**
 * Checks a device's fresh 'reading.submit' mutations (in seq order) against the central data and
 * writes the accepted ones: one `readings` row per zone, `submission_id` = the mutation UUID,
 * region_id given (the meter's region) rather than left to the trigger. Runs inside the push's
 * transaction, which holds the sync write lock. Returns one result per mutation, in order.
 */
export async function applyReadings(
  trx: Transaction<Database>,
  device: PushingDevice,
  mutations: ReadingSubmitMutation[],
  now: Date,
): Promise<PushResult[]> {
  const context = await loadAcceptanceContext(
    trx,
    mutations.map((m) => m.payload.meterId),
    mutations.flatMap((m) => (m.payload.userId === null ? [] : [m.payload.userId])),
  );
  const results: PushResult[] = [];
  const rows = new ReadingColumns();
  for (const mutation of mutations) {
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
    // The device's region is the meter's: acceptReading rejects a meter of another region.
    for (const { zone, value } of outcome.values) {
      rows.add(mutation, device, outcome.period, zone, value);
    }
  }
  if (rows.id.length > 0) await insertReadings(trx, rows);
  return results;
}

/** The accepted rows column by column: the INSERT binds one array per column. */
class ReadingColumns {
  readonly id: string[] = [];
  readonly submissionId: string[] = [];
  readonly meterId: number[] = [];
  readonly regionId: number[] = [];
  readonly period: string[] = [];
  readonly zone: MeterZone[] = [];
  readonly value: string[] = [];
  readonly source: string[] = [];
  readonly enteredAt: string[] = [];
  readonly userId: (number | null)[] = [];
  readonly deviceId: number[] = [];

  add(
    { id, payload }: ReadingSubmitMutation,
    device: PushingDevice,
    period: string,
    zone: MeterZone,
    value: string,
  ): void {
    this.id.push(randomUUID());
    this.submissionId.push(id);
    this.meterId.push(payload.meterId);
    this.regionId.push(device.regionId);
    this.period.push(period);
    this.zone.push(zone);
    this.value.push(value);
    this.source.push(payload.source);
    this.enteredAt.push(payload.enteredAt);
    this.userId.push(payload.userId);
    this.deviceId.push(device.id);
  }
}

/** One INSERT … SELECT FROM unnest(arrays): a parameter per column rather than per value. */
async function insertReadings(trx: Transaction<Database>, c: ReadingColumns): Promise<void> {
  await sql`
    INSERT INTO readings (id, submission_id, meter_id, region_id, period, zone, value, source,
                          entered_at, user_id, device_id)
    SELECT * FROM unnest(${c.id}::uuid[], ${c.submissionId}::uuid[], ${c.meterId}::int[],
      ${c.regionId}::int[], ${c.period}::text[], ${c.zone}::text[], ${c.value}::numeric[],
      ${c.source}::text[], ${c.enteredAt}::timestamptz[], ${c.userId}::int[],
      ${c.deviceId}::int[])`.execute(trx);
}
