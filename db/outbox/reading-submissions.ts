import type { Database } from 'better-sqlite3';

import type { ReadingSubmitPayload } from '../../shared/sync/push.js';
import type { OutboxStatus } from './outbox.js';

/** A meter reading this device queued, with what the central service answered so far. */
export interface ReadingSubmission {
  id: string;
  payload: ReadingSubmitPayload;
  status: OutboxStatus;
  reason: { code: string; message: string } | null;
  /** The billing period the server counted it for, once applied. */
  period: string | null;
  queuedAt: string;
}

interface SubmissionRow {
  id: string;
  payload: string;
  status: OutboxStatus;
  reason_code: string | null;
  reason_message: string | null;
  period: string | null;
  queued_at: string;
}

/**
 * The reading submissions of the given meters (queued, applied and rejected), newest first.
 * The outbox holds what one device entered, so a scan of it is small; the meter list is bound
 * as one JSON parameter.
 */
export const readingSubmissionsQuery = `SELECT id, payload, status, reason_code, reason_message,
       period, queued_at
  FROM outbox
 WHERE kind = 'reading.submit'
   AND json_extract(payload, '$.meterId') IN (SELECT value FROM json_each(?))
 ORDER BY seq DESC`;

/** This device's submissions for `meterIds`, newest first (see {@link readingSubmissionsQuery}). */
export function readingSubmissions(db: Database, meterIds: readonly number[]): ReadingSubmission[] {
  if (meterIds.length === 0) return [];
  const rows = db.prepare(readingSubmissionsQuery).all(JSON.stringify(meterIds)) as SubmissionRow[];
  return rows.map((row) => ({
    id: row.id,
    payload: JSON.parse(row.payload) as ReadingSubmitPayload,
    status: row.status,
    reason:
      row.reason_code !== null
        ? { code: row.reason_code, message: row.reason_message ?? '' }
        : null,
    period: row.period,
    queuedAt: row.queued_at,
  }));
}
