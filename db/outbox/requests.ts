import type { Database } from 'better-sqlite3';

import type { RequestCreatePayload } from '../../shared/sync/push.js';
import { enqueue, type OutboxStatus } from './outbox.js';

/** '<device id>-<n>' with n zero-padded to 6 digits, e.g. '12-000034'. */
export function formatRequestNumber(deviceId: number, n: number): string {
  return `${deviceId}-${String(n).padStart(6, '0')}`;
}

/**
 * Queues a support request with the device's next number, both in ONE transaction: the number
 * is taken only if the request is durably queued. n continues after the higher of this file's
 * counter and `floor` (the highest n of this device the cache has seen, so a lost outbox file
 * rarely repeats a number; the server renumbers the rest).
 */
export function enqueueRequest(
  db: Database,
  request: {
    id: string;
    deviceId: number;
    floor: number;
    payload: Omit<RequestCreatePayload, 'number'>;
  },
  now: Date,
): { seq: number; number: string } {
  return db
    .transaction(() => {
      const row = db
        .prepare('SELECT last FROM request_numbers WHERE device_id = ?')
        .get(request.deviceId) as { last: number } | undefined;
      const n = Math.max(row?.last ?? 0, request.floor) + 1;
      db.prepare(
        `INSERT INTO request_numbers (device_id, last) VALUES (?, ?)
           ON CONFLICT (device_id) DO UPDATE SET last = excluded.last`,
      ).run(request.deviceId, n);
      const number = formatRequestNumber(request.deviceId, n);
      const payload = { ...request.payload, number };
      const seq = enqueue(db, { id: request.id, kind: 'request.create', payload }, now);
      return { seq, number };
    })
    .immediate();
}

/** A request this device queued; body and contact are null once the server has settled it. */
export interface RequestSubmission {
  id: string;
  payload: Omit<RequestCreatePayload, 'body' | 'contact'> & {
    body: string | null;
    contact: string | null;
  };
  status: OutboxStatus;
  reason: { code: string; message: string } | null;
  queuedAt: string;
}

/** This device's requests for an account (any status), newest first. */
export function requestSubmissions(db: Database, accountId: number): RequestSubmission[] {
  const rows = db
    .prepare(
      `SELECT id, payload, status, reason_code, reason_message, queued_at FROM outbox
        WHERE kind = 'request.create' AND json_extract(payload, '$.accountId') = ?
        ORDER BY seq DESC`,
    )
    .all(accountId) as {
    id: string;
    payload: string;
    status: OutboxStatus;
    reason_code: string | null;
    reason_message: string | null;
    queued_at: string;
  }[];
  return rows.map((row) => ({
    id: row.id,
    payload: JSON.parse(row.payload) as RequestSubmission['payload'],
    status: row.status,
    reason:
      row.reason_code !== null
        ? { code: row.reason_code, message: row.reason_message ?? '' }
        : null,
    queuedAt: row.queued_at,
  }));
}
