import type { CacheMigration } from '../../migrations/index.js';
import initial from './0001_initial.js';
import requestNumbers from './0002_request_numbers.js';

/** The outbox file's migrations, numbered and append-only (`PRAGMA user_version`). */
export const outboxMigrations: CacheMigration[] = [
  { version: 1, name: '0001_initial', sql: initial },
  { version: 2, name: '0002_request_numbers', sql: requestNumbers },
];
