import Database from 'better-sqlite3';

import { openCache } from '../../db/open-cache.js';

const TABLES = [
  'regions',
  'suppliers',
  'services',
  'tariffs',
  'accounts',
  'account_services',
  'meters',
  'readings',
  'charges',
  'charge_lines',
  'payments',
  'support_requests',
  'support_replies',
];

/**
 * The baseline: the same rows a sync wrote, inserted into a fresh cache with one prepared
 * statement per table inside one transaction, reading them in chunks from the synced file.
 * Only insert time is counted.
 */
export function bareInsert(
  sourcePath: string,
  targetPath: string,
): { rows: number; seconds: number } {
  const source = new Database(sourcePath, { readonly: true });
  const { db: target } = openCache(targetPath);
  let rows = 0;
  let insertMs = 0;
  for (const table of TABLES) {
    const columns = (source.pragma(`table_info(${table})`) as { name: string }[]).map(
      (c) => c.name,
    );
    const insert = target.prepare(
      `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
    );
    const insertChunk = target.transaction((chunk: unknown[][]) => {
      for (const row of chunk) insert.run(row);
    });
    const select = source
      .prepare(
        `SELECT ${columns.join(', ')} FROM ${table} WHERE rowid > ? ORDER BY rowid LIMIT 50000`,
      )
      .raw();
    const selectRowid = source
      .prepare(`SELECT rowid FROM ${table} WHERE rowid > ? ORDER BY rowid LIMIT 1 OFFSET 49999`)
      .pluck();
    let after = 0;
    for (;;) {
      const chunk = select.all(after) as unknown[][];
      if (chunk.length === 0) break;
      const started = performance.now();
      insertChunk(chunk);
      insertMs += performance.now() - started;
      rows += chunk.length;
      const next = selectRowid.get(after) as number | undefined;
      if (next === undefined) break;
      after = next;
    }
  }
  source.close();
  target.close();
  return { rows, seconds: insertMs / 1000 };
}
