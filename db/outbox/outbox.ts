import type { Database } from 'better-sqlite3';

import type {
  PushMutation,
  PushResult,
  ReadingSubmitPayload,
  RequestCreatePayload,
} from '../../shared/sync/push.js';
import { forgetSettledRequestText } from './request-retention.js';

export type OutboxStatus = 'queued' | 'applied' | 'rejected';

/** One mutation of the outbox, as the UI lists it (seq is the local one). */
export interface OutboxEntry {
  seq: number;
  id: string;
  kind: 'reading.submit';
  payload: ReadingSubmitPayload;
  status: OutboxStatus;
  reason: { code: string; message: string } | null;
  period: string | null;
  queuedAt: string;
  settledAt: string | null;
}

export interface OutboxCounts {
  queued: number;
  applied: number;
  rejected: number;
}

interface OutboxRow {
  seq: number;
  id: string;
  kind: string;
  payload: string;
  status: OutboxStatus;
  reason_code: string | null;
  reason_message: string | null;
  period: string | null;
  queued_at: string;
  settled_at: string | null;
}

interface OutboxState {
  device_id: number | null;
  server_last_applied_seq: number;
  server_seq_known: number;
  seq_base: number;
}

const readState = (db: Database) =>
  db.prepare('SELECT * FROM outbox_state WHERE id = 1').get() as OutboxState;

/**
 * Queues a mutation, online or offline alike. Its seq is assigned in the same transaction as the
 * insert: one past the highest of the outbox's own seqs and the server's last applied seq (as
 * last heard). Returns the local seq.
 */
export function enqueue(
  db: Database,
  mutation:
    | { id: string; kind: 'reading.submit'; payload: ReadingSubmitPayload }
    | { id: string; kind: 'request.create'; payload: RequestCreatePayload },
  now: Date,
): number {
  return db
    .transaction(() => {
      const { next } = db
        .prepare(
          `SELECT max(coalesce((SELECT max(seq) FROM outbox), 0),
                      server_last_applied_seq + seq_base) + 1 AS next
             FROM outbox_state WHERE id = 1`,
        )
        .get() as { next: number };
      db.prepare(
        'INSERT INTO outbox (seq, id, kind, payload, queued_at) VALUES (?, ?, ?, ?, ?)',
      ).run(next, mutation.id, mutation.kind, JSON.stringify(mutation.payload), now.toISOString());
      return next;
    })
    .immediate();
}

/** The oldest queued mutations in seq order, at most `limit`, numbered as the server expects. */
export function pending(db: Database, limit: number): PushMutation[] {
  const base = readState(db).seq_base;
  const rows = db
    .prepare(
      "SELECT seq, id, kind, payload FROM outbox WHERE status = 'queued' ORDER BY seq LIMIT ?",
    )
    .all(limit) as Pick<OutboxRow, 'seq' | 'id' | 'kind' | 'payload'>[];
  // Each row was checked against its kind's schema when it was queued.
  return rows.map(
    (row) =>
      ({
        seq: row.seq - base,
        id: row.id,
        kind: row.kind,
        payload: JSON.parse(row.payload) as unknown,
      }) as PushMutation,
  );
}

/**
 * Records the server's answers to a batch (seqs as sent) in ONE transaction, with the server's
 * last applied seq. A result whose seq and UUID match no outbox row throws and nothing is recorded.
 */
export function recordResults(
  db: Database,
  results: PushResult[],
  serverLastAppliedSeq: number,
  now: Date,
): void {
  const settle = db.prepare(
    `UPDATE outbox SET status = ?, reason_code = ?, reason_message = ?, period = ?, settled_at = ?
      WHERE seq = ? AND id = ?`,
  );
  db.transaction(() => {
    const base = readState(db).seq_base;
    for (const result of results) {
      const changed = settle.run(
        result.status,
        result.reason?.code ?? null,
        result.reason?.message ?? null,
        result.period,
        now.toISOString(),
        result.seq + base,
        result.id,
      ).changes;
      if (changed !== 1)
        throw new Error(`outbox has no mutation ${result.id} at seq ${result.seq}`);
    }
    forgetSettledRequestText(
      db,
      results.map((result) => result.seq + base),
    );
    db.prepare(
      `UPDATE outbox_state SET server_last_applied_seq = max(server_last_applied_seq, ?)
        WHERE id = 1`,
    ).run(serverLastAppliedSeq);
  }).immediate();
}

/**
 * Whether the file must ask the server for its numbering before pushing: it never has, or it
 * now pushes as another device (a new enrolment).
 */
export function needsServerSeq(db: Database, deviceId: number | null): boolean {
  const state = readState(db);
  return state.server_seq_known === 0 || (deviceId !== null && state.device_id !== deviceId);
}

/**
 * Binds the outbox to the device's numbering on the server: the queued mutations (never sent
 * as this device) will go out as seqs server+1, server+2, … in their order. One transaction.
 */
export function bindServerSeq(
  db: Database,
  deviceId: number | null,
  serverLastAppliedSeq: number,
): void {
  db.transaction(() => {
    const { first, last } = db
      .prepare(
        `SELECT (SELECT min(seq) FROM outbox WHERE status = 'queued') AS first,
                (SELECT coalesce(max(seq), 0) FROM outbox) AS last`,
      )
      .get() as { first: number | null; last: number };
    const nextLocal = first ?? last + 1;
    db.prepare(
      `UPDATE outbox_state SET device_id = ?, server_last_applied_seq = ?, server_seq_known = 1,
         seq_base = ? WHERE id = 1`,
    ).run(deviceId, serverLastAppliedSeq, nextLocal - (serverLastAppliedSeq + 1));
  }).immediate();
}

/** The server disagreed with the numbering (409): ask it again before the next push. */
export function forgetServerSeq(db: Database): void {
  db.prepare('UPDATE outbox_state SET server_seq_known = 0 WHERE id = 1').run();
}

/** The server's last applied seq as last heard, or null when this file has not heard it yet. */
export function knownServerSeq(db: Database): number | null {
  const state = readState(db);
  return state.server_seq_known === 1 ? state.server_last_applied_seq : null;
}

/** Counts by status, for the push status line. */
export function outboxCounts(db: Database): OutboxCounts {
  const counts: OutboxCounts = { queued: 0, applied: 0, rejected: 0 };
  const rows = db.prepare('SELECT status, count(*) AS n FROM outbox GROUP BY status').all() as {
    status: OutboxStatus;
    n: number;
  }[];
  for (const row of rows) counts[row.status] = row.n;
  return counts;
}

/** Reading mutations, newest first, for the UI (at most `limit`); requests: requests.ts. */
export function listOutbox(db: Database, limit = 200): OutboxEntry[] {
  const rows = db
    .prepare("SELECT * FROM outbox WHERE kind = 'reading.submit' ORDER BY seq DESC LIMIT ?")
    .all(limit) as OutboxRow[];
  return rows.map((row) => ({
    seq: row.seq,
    id: row.id,
    kind: 'reading.submit',
    payload: JSON.parse(row.payload) as ReadingSubmitPayload,
    status: row.status,
    reason:
      row.reason_code !== null
        ? { code: row.reason_code, message: row.reason_message ?? '' }
        : null,
    period: row.period,
    queuedAt: row.queued_at,
    settledAt: row.settled_at,
  }));
}
