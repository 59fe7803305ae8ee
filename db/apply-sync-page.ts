import type { Database, Statement } from 'better-sqlite3';

import type { SyncChange, SyncEntity } from '../shared/sync/protocol.js';
import { pulledTables, syncEntityNames } from './pulled-tables.js';

interface EntityStatements {
  upsert: Statement;
  remove: Statement;
  fields: string[];
}

type ApplyPage = (changes: readonly SyncChange[], cursor: string, syncedAt: string) => void;

const appliersByDb = new WeakMap<Database, ApplyPage>();

function prepareEntity(db: Database, entity: SyncEntity): EntityStatements {
  const { table, columns } = pulledTables[entity];
  const fields = Object.keys(columns);
  const cols = Object.values(columns);
  const updates = cols.filter((c) => c !== 'id').map((c) => `${c} = excluded.${c}`);
  const upsert = db.prepare(
    `INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})
     ON CONFLICT (id) DO UPDATE SET ${updates.join(', ')}`,
  );
  const remove = db.prepare(`DELETE FROM ${table} WHERE id = ?`);
  return { upsert, remove, fields };
}

function applierFor(db: Database): ApplyPage {
  let apply = appliersByDb.get(db);
  if (!apply) {
    const entities = Object.fromEntries(
      syncEntityNames.map((entity) => [entity, prepareEntity(db, entity)]),
    ) as Record<SyncEntity, EntityStatements>;
    const saveCursor = db.prepare(
      'UPDATE sync_state SET cursor = ?, last_sync_at = ? WHERE id = 1',
    );
    const transaction = db.transaction(
      (changes: readonly SyncChange[], cursor: string, syncedAt: string) => {
        for (const change of changes) {
          const statements = entities[change.entity];
          if (change.op === 'delete') {
            statements.remove.run(change.id);
          } else {
            const row = change.row as Record<string, unknown>;
            statements.upsert.run(statements.fields.map((field) => row[field] ?? null));
          }
        }
        saveCursor.run(cursor, syncedAt);
      },
    );
    apply = (changes, cursor, syncedAt) => transaction.immediate(changes, cursor, syncedAt);
    appliersByDb.set(db, apply);
  }
  return apply;
}

/**
 * Applies one pulled page — upserts, deletes and the page's cursor — in ONE transaction, so a
 * crash at any moment leaves either the whole page with its cursor or none of it.
 * Changes are applied in the order given (the server's rev order).
 */
export function applySyncPage(
  db: Database,
  changes: readonly SyncChange[],
  cursor: string,
  now: Date,
): void {
  applierFor(db)(changes, cursor, now.toISOString());
}
