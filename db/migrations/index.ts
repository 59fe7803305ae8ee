import initial from './0001_initial.js';
import billing from './0002_billing.js';

export interface CacheMigration {
  /** The `PRAGMA user_version` the cache has once this migration is applied. */
  version: number;
  name: string;
  sql: string;
}

/**
 * The cache's migrations, numbered and append-only. They are TypeScript modules holding SQL
 * so that they survive bundling into the Electron main process.
 */
export const cacheMigrations: CacheMigration[] = [
  { version: 1, name: '0001_initial', sql: initial },
  { version: 2, name: '0002_billing', sql: billing },
];
