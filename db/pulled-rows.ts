import type { Database } from 'better-sqlite3';

import type { SyncEntity, SyncRow } from '../shared/sync/protocol.js';
import { pulledTables, selectList, syncEntityNames } from './pulled-tables.js';

/** Every cached row of one pulled entity, in protocol shape, ordered by id. */
export function readPulledRows<E extends SyncEntity>(db: Database, entity: E): SyncRow<E>[] {
  const { table } = pulledTables[entity];
  return db.prepare(`SELECT ${selectList(entity)} FROM ${table} ORDER BY id`).all() as SyncRow<E>[];
}

/** Row counts per pulled entity (diagnostics and tests). */
export function countPulledRows(db: Database): Record<SyncEntity, number> {
  const counts = {} as Record<SyncEntity, number>;
  for (const entity of syncEntityNames) {
    const row = db.prepare(`SELECT count(*) AS n FROM ${pulledTables[entity].table}`).get() as {
      n: number;
    };
    counts[entity] = row.n;
  }
  return counts;
}
