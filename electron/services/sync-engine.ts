import type { Database } from 'better-sqlite3';

import { readSyncState } from '../../db/sync-state.js';
import { AppFailure } from '../../shared/contract/result.js';
import type { SyncStatus } from '../../shared/contract/views.js';
import type { CentralClient } from './central-client.js';
import { describeError, type Log, silentLog } from './log.js';
import { createRetryingLoop } from './retrying-loop.js';
import { DEFAULT_PAGE_LIMITS, type PageLimits, runSync } from './sync-run.js';

export interface SyncEngineOptions {
  db: Database;
  client: Pick<CentralClient, 'pull'>;
  clock: () => Date;
  /** Pause between successful runs; default 60 s. */
  intervalMs?: number;
  limits?: PageLimits;
  personalData?: 'keep' | 'drop';
  /**
   * Retry delays after a failure: doubling from initialMs, capped at maxMs
   * (default 1 s, capped at the interval or 60 s, whichever is shorter).
   */
  backoff?: { initialMs: number; maxMs: number };
  onStatus?: (status: SyncStatus) => void;
  log?: Log;
}

export interface SyncEngine {
  /** Runs now, then every intervalMs; after a failure retries with capped exponential backoff. */
  start(): void;
  /** Runs at once (or joins the run under way) and resolves with the status after it. */
  runNow(): Promise<SyncStatus>;
  status(): SyncStatus;
  /** Cancels the timer and the run under way; resolves once nothing touches the cache. */
  stop(): Promise<void>;
}

/** The pull loop's scheduler: never two runs at once, status emitted on every page. */
export function createSyncEngine(options: SyncEngineOptions): SyncEngine {
  const { db, client, clock } = options;
  const intervalMs = options.intervalMs ?? 60_000;
  const backoff = options.backoff ?? {
    initialMs: Math.min(1000, intervalMs),
    maxMs: Math.min(60_000, intervalMs),
  };
  const log = options.log ?? silentLog;
  let status: SyncStatus = {
    online: false,
    running: false,
    lastSyncAt: readSyncState(db).lastSyncAt,
    progress: null,
    lastError: null,
  };
  const publish = (next: Partial<SyncStatus>) => {
    status = { ...status, ...next };
    options.onStatus?.(status);
  };

  const loop = createRetryingLoop({
    intervalMs,
    backoff,
    async run(signal) {
      publish({ running: true, progress: null });
      await runSync({
        db,
        client,
        clock,
        limits: options.limits ?? DEFAULT_PAGE_LIMITS,
        signal,
        personalData: options.personalData ?? 'keep',
        onPage: (p) =>
          publish({
            online: true,
            lastError: null,
            lastSyncAt: readSyncState(db).lastSyncAt,
            progress: { done: p.done, total: Math.max(p.total ?? p.done, p.done) },
          }),
      });
    },
    onSuccess: () => publish({ running: false, online: true, lastError: null, progress: null }),
    onFailure(error, failures) {
      const code = error instanceof AppFailure ? error.code : 'internal';
      if (!(error instanceof AppFailure)) log('error', 'sync run failed', describeError(error));
      else log('warn', 'sync run failed', { code, failures });
      publish({
        running: false,
        online: code !== 'central_unreachable',
        lastError: code,
        progress: null,
      });
    },
  });

  async function runNow(): Promise<SyncStatus> {
    await loop.trigger();
    return status;
  }

  return {
    start: () => loop.start(),
    runNow,
    status: () => status,
    async stop() {
      await loop.stop();
      if (status.running) publish({ running: false, progress: null });
    },
  };
}
