import type { Database } from 'better-sqlite3';

import { type OutboxCounts, outboxCounts } from '../../db/outbox/outbox.js';
import { AppFailure } from '../../shared/contract/result.js';
import { describeError, type Log, silentLog } from './log.js';
import type { PushClient } from './push-client.js';
import { runPush } from './push-run.js';
import { createRetryingLoop } from './retrying-loop.js';

/** What the UI will show about the outbox. */
export interface PushStatus {
  running: boolean;
  /** The last push reached the central service. */
  online: boolean;
  /** The last failure's code, null after a success. */
  lastError: string | null;
  counts: OutboxCounts;
}

export interface PushEngineOptions {
  db: Database;
  client: PushClient;
  clock: () => Date;
  deviceId?: number | null;
  /** Pause between runs when the outbox is empty; default 60 s. */
  intervalMs?: number;
  batchSize?: number;
  /** Retry delays after a failure: doubling from initialMs, capped at maxMs (default 1 s → 60 s). */
  backoff?: { initialMs: number; maxMs: number };
  onStatus?: (status: PushStatus) => void;
  /** After each batch's results are recorded. */
  onBatch?: (batch: { sent: number; applied: number; rejected: number }) => void;
  log?: Log;
}

export interface PushEngine {
  /** Pushes now, then every intervalMs; after a failure retries with capped backoff and jitter. */
  start(): void;
  /** Pushes at once (or joins the run under way; one more run follows if kicked meanwhile). */
  kick(): Promise<PushStatus>;
  status(): PushStatus;
  /** Cancels the timer and the run under way; resolves once nothing touches the outbox. */
  stop(): Promise<void>;
}

/**
 * The push loop's scheduler: drains the outbox in seq order, never two runs at once; a rejected
 * mutation is just a recorded result, so it never holds up the ones behind it. The outbox file
 * is the only state: after a restart it simply carries on.
 */
export function createPushEngine(options: PushEngineOptions): PushEngine {
  const { db, client, clock } = options;
  const intervalMs = options.intervalMs ?? 60_000;
  const backoff = options.backoff ?? { initialMs: 1000, maxMs: 60_000 };
  const log = options.log ?? silentLog;
  let status: PushStatus = {
    running: false,
    online: false,
    lastError: null,
    counts: outboxCounts(db),
  };
  const publish = (next: Partial<PushStatus>, counts: OutboxCounts = outboxCounts(db)) => {
    status = { ...status, ...next, counts };
    options.onStatus?.(status);
  };
  // Between batches the counts move by the batch's own results: recounting the whole outbox
  // after every batch cost a backlog push a tenth of its time (npm run bench -- --only push).
  const afterBatch = (batch: { sent: number; applied: number; rejected: number }) => {
    const { queued, applied, rejected } = status.counts;
    return {
      queued: Math.max(0, queued - batch.sent),
      applied: applied + batch.applied,
      rejected: rejected + batch.rejected,
    };
  };

  const loop = createRetryingLoop({
    intervalMs,
    backoff,
    async run(signal) {
      publish({ running: true });
      await runPush({
        db,
        client,
        clock,
        deviceId: options.deviceId ?? null,
        signal,
        ...(options.batchSize ? { batchSize: options.batchSize } : {}),
        onBatch: (batch) => {
          publish({ online: true, lastError: null }, afterBatch(batch));
          options.onBatch?.(batch);
        },
      });
    },
    onSuccess: () => publish({ running: false, online: true, lastError: null }),
    onFailure(error, failures) {
      const code = error instanceof AppFailure ? error.code : 'internal';
      if (error instanceof AppFailure) log('warn', 'push failed', { code, failures });
      else log('error', 'push failed', describeError(error));
      publish({ running: false, online: code !== 'central_unreachable', lastError: code });
    },
  });

  async function kick(): Promise<PushStatus> {
    await loop.trigger(true);
    return status;
  }

  return {
    start: () => loop.start(),
    kick,
    status: () => status,
    async stop() {
      await loop.stop();
      if (status.running) publish({ running: false });
    },
  };
}
