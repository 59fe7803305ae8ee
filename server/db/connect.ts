import { mkdirSync } from 'node:fs';

import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';

import { pgliteDialect } from './pglite-driver.js';
import type { Database } from './schema.js';

// bigint (int8) columns: kopecks and revs fit in a double until 2^53; parse them as numbers.
pg.types.setTypeParser(pg.types.builtins.INT8, (value: string) => Number(value));
// date columns stay ISO strings (YYYY-MM-DD), never shifted through a JS Date.
pg.types.setTypeParser(pg.types.builtins.DATE, (value: string) => value);

export type CentralDbKind = 'postgres' | 'pglite';

export interface CentralDb {
  kind: CentralDbKind;
  db: Kysely<Database>;
  /** The underlying pg pool (PostgreSQL only), e.g. for COPY in bulk loads. */
  pool: pg.Pool | null;
  close(): Promise<void>;
}

export interface CentralDbOptions {
  /** postgres://… — PostgreSQL; otherwise PGlite. */
  databaseUrl?: string | undefined;
  /** PGlite data folder; omitted means in memory. */
  pgliteDir?: string | undefined;
  poolSize?: number;
  /** Told when an idle pooled connection fails (PostgreSQL only); the pool has already dropped it. */
  onIdleClientError?: (error: Error) => void;
}

/** Opens the central database: PostgreSQL when a URL is given, PGlite (folder or memory) otherwise. */
export async function openCentralDb(options: CentralDbOptions): Promise<CentralDb> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({
      connectionString: options.databaseUrl,
      max: options.poolSize ?? 10,
    });
    // An idle client's connection can die (a server restart, a terminated backend): the pool
    // drops that client by itself and the next query opens a new one. Without a listener the
    // pool's 'error' event would crash the process.
    pool.on('error', (error) => options.onIdleClientError?.(error));
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { kind: 'postgres', db, pool, close: () => db.destroy() };
  }
  if (options.pgliteDir) mkdirSync(options.pgliteDir, { recursive: true });
  const pglite = await PGlite.create({
    ...(options.pgliteDir ? { dataDir: options.pgliteDir } : {}),
    parsers: {
      20: (value: string) => Number(value),
      1082: (value: string) => value,
    },
  });
  const db = new Kysely<Database>({ dialect: pgliteDialect(pglite) });
  return { kind: 'pglite', db, pool: null, close: () => db.destroy() };
}
