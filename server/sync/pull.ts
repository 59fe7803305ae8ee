import { type Kysely, sql } from 'kysely';

import type { DeviceProfile } from '../../shared/contract/views.js';
import type { SyncChange, SyncPage } from '../../shared/sync/protocol.js';
import type { Database } from '../db/schema.js';
import { encodeCursor } from './cursor.js';
import { countFeed, feedRevsQuery, feedRowsQuery, feeds } from './feed.js';

export interface PullRequest {
  regionId: number;
  profile: DeviceProfile;
  /** Decoded cursor: the highest rev the device has applied (0 = from the start). */
  afterRev: number;
  limit: number;
  withTotal: boolean;
}

/**
 * The `limit`-th and `limit+1`-th smallest revs after the cursor across every feed, read from
 * the (scope, rev) indexes only: the page's last rev, and whether more follow.
 */
export function pageBoundaryQuery(request: Pick<PullRequest, 'regionId' | 'afterRev' | 'limit'>) {
  const { regionId, afterRev, limit } = request;
  const perFeed = feeds.map((f) => feedRevsQuery(f, regionId, afterRev, limit + 1));
  return sql<{ rev: number }>`SELECT rev FROM (${sql.join(perFeed, sql` UNION ALL `)}) AS revs
    ORDER BY rev OFFSET ${limit - 1} LIMIT 2`;
}

async function pageBoundary(db: Kysely<Database>, request: PullRequest) {
  const [last, next] = (await pageBoundaryQuery(request).execute(db)).rows;
  return { upToRev: last?.rev ?? Number.MAX_SAFE_INTEGER, hasMore: next !== undefined };
}

/**
 * One page of the region's change feed after `afterRev`: the first `limit` changes across all
 * pulled tables in rev order. The boundary is found from the (scope, rev) indexes first, so
 * only the rows of the page itself are read. All reads share one snapshot (REPEATABLE READ),
 * so a page never shows a later rev while missing an earlier one committed in between.
 */
export async function pullChanges(db: Kysely<Database>, request: PullRequest): Promise<SyncPage> {
  const { regionId, afterRev, profile } = request;
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (trx) => {
      const { upToRev, hasMore } = await pageBoundary(trx, request);
      const page: { rev: number; change: SyncChange | null }[] = [];
      for (const f of feeds) {
        const result = await feedRowsQuery(f, regionId, afterRev, upToRev).execute(trx);
        for (const row of result.rows)
          page.push({ rev: row.rev, change: f.toChange(row, profile) });
      }
      page.sort((a, b) => a.rev - b.rev);
      let total: number | null = null;
      if (request.withTotal) {
        total = 0;
        for (const f of feeds) total += await countFeed(trx, f, regionId, afterRev);
      }
      return {
        changes: page.flatMap((c) => (c.change ? [c.change] : [])),
        cursor: encodeCursor(page.at(-1)?.rev ?? afterRev),
        hasMore,
        total,
      };
    });
}
