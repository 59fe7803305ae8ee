import { type Kysely, sql } from 'kysely';

import type { DeviceProfile } from '../../shared/contract/views.js';
import type { SyncChange, SyncPage } from '../../shared/sync/protocol.js';
import type { Database } from '../db/schema.js';
import { encodeCursor } from './cursor.js';
import { countFeed, feedMinRevsQuery, feedRowsQuery, feeds } from './feed.js';

export interface PullRequest {
  regionId: number;
  profile: DeviceProfile;
  /** Decoded cursor: the highest rev the device has applied (0 = from the start). */
  afterRev: number;
  limit: number;
  withTotal: boolean;
}

type PageEntry = { rev: number; change: SyncChange | null };

/** Merges two rev-ordered lists, keeping at most `keep` entries. */
function mergeByRev(a: PageEntry[], b: PageEntry[], keep: number): PageEntry[] {
  const merged: PageEntry[] = [];
  let i = 0;
  let j = 0;
  while (merged.length < keep && (i < a.length || j < b.length)) {
    if (j >= b.length || (i < a.length && a[i]!.rev < b[j]!.rev)) merged.push(a[i++]!);
    else merged.push(b[j++]!);
  }
  return merged;
}

/**
 * The first `limit + 1` changes after the cursor across all feeds. Feeds are read in the order
 * of their smallest pending rev; once `limit + 1` changes are held, their largest rev bounds
 * every later read, and a feed whose smallest rev lies beyond it is not read at all. A page
 * therefore reads little more than its own rows, however the revs interleave.
 */
async function firstChanges(db: Kysely<Database>, request: PullRequest): Promise<PageEntry[]> {
  const { regionId, afterRev, limit, profile } = request;
  const mins = (await feedMinRevsQuery(regionId, afterRev).execute(db)).rows
    .filter((m): m is { feed: number; rev: number } => m.rev !== null)
    .sort((x, y) => x.rev - y.rev);
  let held: PageEntry[] = [];
  for (const { feed, rev: smallest } of mins) {
    const upper = held.length > limit ? held[limit]!.rev : null;
    if (upper !== null && smallest > upper) break;
    const f = feeds[feed]!;
    const rows = (await feedRowsQuery(f, regionId, afterRev, upper, limit + 1).execute(db)).rows;
    const entries = rows.map((row) => ({ rev: row.rev, change: f.toChange(row, profile) }));
    held = mergeByRev(held, entries, limit + 1);
  }
  return held;
}

/**
 * One page of the region's change feed after `afterRev`: the first `limit` changes across all
 * pulled tables in rev order. All reads share one snapshot (REPEATABLE READ), so a page never
 * shows a later rev while missing an earlier one committed in between.
 */
export async function pullChanges(db: Kysely<Database>, request: PullRequest): Promise<SyncPage> {
  const { regionId, afterRev, limit } = request;
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (trx) => {
      const held = await firstChanges(trx, request);
      const page = held.slice(0, limit);
      let total: number | null = null;
      if (request.withTotal) {
        total = 0;
        for (const f of feeds) total += await countFeed(trx, f, regionId, afterRev);
      }
      return {
        changes: page.flatMap((c) => (c.change ? [c.change] : [])),
        cursor: encodeCursor(page.at(-1)?.rev ?? afterRev),
        hasMore: held.length > limit,
        total,
      };
    });
}
