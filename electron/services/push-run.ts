import type { Database } from 'better-sqlite3';

import {
  bindServerSeq,
  forgetServerSeq,
  needsServerSeq,
  pending,
  recordResults,
} from '../../db/outbox/outbox.js';
import { PUSH_BATCH_MAX, type PushMutation, type PushResponse } from '../../shared/sync/push.js';
import { CentralError } from './central-error.js';
import type { PushClient } from './push-client.js';

/** A full batch: a backlog of 10,000 readings goes about twice as fast as in batches of 100 (npm run bench). */
export const DEFAULT_PUSH_BATCH = PUSH_BATCH_MAX;

export interface PushRunOptions {
  db: Database;
  client: PushClient;
  clock: () => Date;
  /** The enrolment pushed as; a different one than last time rebinds the numbering. */
  deviceId?: number | null;
  batchSize?: number;
  signal?: AbortSignal;
  onBatch?: (batch: { sent: number; applied: number; rejected: number }) => void;
}

/**
 * Drains the outbox: queued mutations in seq order, a batch at a time, each batch's results
 * recorded in one transaction. A file that has not yet heard the server's numbering asks for it
 * first and numbers its queued mutations after it. Stops at the first failure (the engine retries).
 * Returns how many mutations were settled.
 */
export async function runPush(options: PushRunOptions): Promise<number> {
  const { db, client, clock, signal } = options;
  const batchSize = options.batchSize ?? DEFAULT_PUSH_BATCH;
  const deviceId = options.deviceId ?? null;
  if (needsServerSeq(db, deviceId)) {
    const state = await client.state(signal);
    bindServerSeq(db, deviceId, state.lastAppliedSeq);
  }
  let settled = 0;
  for (;;) {
    signal?.throwIfAborted();
    const batch = pending(db, batchSize);
    if (batch.length === 0) return settled;
    const response = await client.push(batch, signal).catch((error: unknown) => {
      // sequence_gap or sequence_conflict: the server's numbering moved (e.g. a restored
      // database); the next run asks for it and renumbers what is still queued.
      if (error instanceof CentralError && error.status === 409) forgetServerSeq(db);
      throw error;
    });
    expectAnswersFor(batch, response);
    // Recorded even when aborted meanwhile: the server has committed these results.
    recordResults(db, response.results, response.lastAppliedSeq, clock());
    settled += batch.length;
    const applied = response.results.filter((r) => r.status === 'applied').length;
    options.onBatch?.({ sent: batch.length, applied, rejected: batch.length - applied });
  }
}

function expectAnswersFor(batch: PushMutation[], response: PushResponse): void {
  const matches =
    response.results.length === batch.length &&
    response.results.every((r, i) => r.seq === batch[i]!.seq && r.id === batch[i]!.id);
  if (!matches) {
    throw new CentralError('central_error', null, 200, 'push answer does not match the batch');
  }
}
