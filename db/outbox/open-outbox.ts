import DatabaseConstructor, { type Database } from 'better-sqlite3';

import { migrateCache } from '../migrate.js';
import { outboxMigrations } from './migrations/index.js';

/** The outbox's own file in the user-data folder, next to (never inside) the cache. */
export const OUTBOX_FILE = 'outbox.sqlite3';

/**
 * Opens (creating if needed) and migrates the outbox. Unlike the cache, it is never moved
 * aside or rebuilt: it holds what only this device knows, so an unreadable or too-new file
 * throws and the app must not start pushing over it. `synchronous=FULL`: a reading the person
 * was told is queued survives a power cut.
 */
export function openOutbox(path: string): Database {
  const db = new DatabaseConstructor(path);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('busy_timeout = 5000');
    migrateCache(db, outboxMigrations);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
