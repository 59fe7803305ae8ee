import type { Database } from 'better-sqlite3';

import { applySyncPage } from '../../db/apply-sync-page.js';
import { readSyncState, recordSyncTotal } from '../../db/sync-state.js';
import type { SyncChange } from '../../shared/sync/protocol.js';
import type { CentralClient } from './central-client.js';
import { CentralError } from './central-error.js';

export interface PageLimits {
  /** Page size while catching up (first sync, or a large backlog). */
  initial: number;
  /** Page size for the small regular updates. */
  incremental: number;
}

// Initial pages at the server's maximum: measured fastest for a first sync of a large region.
export const DEFAULT_PAGE_LIMITS: PageLimits = { initial: 20000, incremental: 500 };

export interface SyncProgress {
  done: number;
  /** Changes the server reported behind the starting cursor, when it said. */
  total: number | null;
  hasMore: boolean;
}

export interface SyncRunOptions {
  db: Database;
  client: Pick<CentralClient, 'pull'>;
  clock: () => Date;
  limits?: PageLimits;
  signal?: AbortSignal;
  /**
   * 'drop' blanks owner names and phones before they reach the cache: a kiosk never stores
   * them, even if a server sent them (the server already sends null to kiosks).
   */
  personalData?: 'keep' | 'drop';
  onPage?: (progress: SyncProgress) => void;
}

/**
 * Pulls pages from the stored cursor until the server says there is no more, applying each
 * page together with its cursor in one transaction (so a kill at any moment resumes cleanly).
 * The first request of a run asks for the total; a cache without a cursor, or a backlog
 * larger than one incremental page, is fetched with the larger initial pages.
 */
export async function runSync(options: SyncRunOptions): Promise<SyncProgress> {
  const { db, client, clock, signal } = options;
  const limits = options.limits ?? DEFAULT_PAGE_LIMITS;
  let cursor = readSyncState(db).cursor;
  let limit = cursor === null ? limits.initial : limits.incremental;
  let progress: SyncProgress = { done: 0, total: null, hasMore: true };
  // The next page is requested before the current one is applied, so the central service
  // prepares it while this process writes: network and disk overlap.
  let next = client.pull({ cursor, limit, withTotal: true }, signal);
  for (let first = true; progress.hasMore; first = false) {
    signal?.throwIfAborted();
    const page = await next;
    signal?.throwIfAborted();
    if (first && page.total !== null) {
      recordSyncTotal(db, page.total);
      if (page.total > limits.incremental) limit = limits.initial;
    }
    if (page.hasMore && page.changes.length === 0 && page.cursor === cursor) {
      throw new CentralError(
        'central_error',
        null,
        null,
        'the central service repeats an empty page',
      );
    }
    if (page.hasMore) {
      next = client.pull({ cursor: page.cursor, limit, withTotal: false }, signal);
      // If applying this page fails, the prefetched request must not become an unhandled rejection.
      next.catch(() => {});
    }
    const changes =
      options.personalData === 'drop' ? page.changes.map(withoutPersonalData) : page.changes;
    applySyncPage(db, changes, page.cursor, clock());
    cursor = page.cursor;
    progress = {
      done: progress.done + page.changes.length,
      total: first ? page.total : progress.total,
      hasMore: page.hasMore,
    };
    options.onPage?.(progress);
  }
  return progress;
}

function withoutPersonalData(change: SyncChange): SyncChange {
  if (change.op !== 'upsert' || change.entity !== 'account') return change;
  return { ...change, row: { ...change.row, ownerName: null, ownerPhone: null } };
}
