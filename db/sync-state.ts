import type { Database } from 'better-sqlite3';

import { pulledTables, syncEntityNames } from './pulled-tables.js';

export interface SyncState {
  /** The server's opaque cursor after the last applied page; null before the first one. */
  cursor: string | null;
  /** ISO instant of the last applied page. */
  lastSyncAt: string | null;
  /** Rows the server reported behind the cursor when the latest sync run started. */
  lastFullTotal: number | null;
}

/** Reads the single sync_state row. */
export function readSyncState(db: Database): SyncState {
  const row = db
    .prepare(
      'SELECT cursor, last_sync_at AS lastSyncAt, last_full_total AS lastFullTotal FROM sync_state WHERE id = 1',
    )
    .get() as SyncState | undefined;
  return row ?? { cursor: null, lastSyncAt: null, lastFullTotal: null };
}

/** Records how many rows the server reported at the start of a sync run (for progress). */
export function recordSyncTotal(db: Database, total: number): void {
  db.prepare('UPDATE sync_state SET last_full_total = ? WHERE id = 1').run(total);
}

/**
 * Empties every pulled table and forgets the cursor, in one transaction: used when the device
 * is enrolled anew (another central service, region or profile), so no row of the old
 * scope — and no personal data a counter cached — stays behind.
 */
export function resetCache(db: Database): void {
  db.transaction(() => {
    for (const entity of syncEntityNames) db.exec(`DELETE FROM ${pulledTables[entity].table}`);
    db.prepare(
      'UPDATE sync_state SET cursor = NULL, last_sync_at = NULL, last_full_total = NULL WHERE id = 1',
    ).run();
  }).immediate();
}
