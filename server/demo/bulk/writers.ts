import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

import { type Kysely, sql } from 'kysely';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

import type { Database } from '../../db/schema.js';

/** A value bound into a bulk row: text, integer, or NULL. Dates and timestamps are ISO text. */
export type SqlValue = string | number | null;

/** Appends rows to a table inside the caller's transaction. */
export interface BulkWriter {
  insert(table: string, columns: readonly string[], rows: readonly SqlValue[][]): Promise<void>;
}

const IDENTIFIER = /^[a-z_]+$/;

function checkIdentifiers(table: string, columns: readonly string[]): void {
  for (const name of [table, ...columns]) {
    if (!IDENTIFIER.test(name)) throw new Error(`unexpected identifier ${name}`);
  }
}

/** COPY's text format: backslash escapes, \N for NULL, tab-separated, one line per row. */
function copyLine(row: readonly SqlValue[]): string {
  return `${row
    .map((value) =>
      value === null
        ? '\\N'
        : String(value).replace(/[\\\t\n\r]/g, (ch) =>
            ch === '\\' ? '\\\\' : ch === '\t' ? '\\t' : ch === '\n' ? '\\n' : '\\r',
          ),
    )
    .join('\t')}\n`;
}

function* copyChunks(rows: readonly SqlValue[][]): Generator<string> {
  let chunk = '';
  for (const row of rows) {
    chunk += copyLine(row);
    if (chunk.length >= 256 * 1024) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}

/**
 * PostgreSQL: COPY … FROM STDIN on the transaction's own client, streamed in chunks with
 * backpressure, one COPY per call.
 */
export function copyWriter(client: pg.PoolClient): BulkWriter {
  return {
    async insert(table, columns, rows) {
      if (rows.length === 0) return;
      checkIdentifiers(table, columns);
      const stream = client.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`));
      await pipeline(Readable.from(copyChunks(rows)), stream);
    },
  };
}

/** PGlite (and any Kysely database): multi-row INSERTs with bound parameters, in batches. */
export function insertWriter(db: Kysely<Database>): BulkWriter {
  return {
    async insert(table, columns, rows) {
      checkIdentifiers(table, columns);
      const perBatch = Math.max(1, Math.floor(30_000 / columns.length));
      const target = sql`${sql.table(table)} (${sql.join(columns.map((c) => sql.ref(c)))})`;
      for (let start = 0; start < rows.length; start += perBatch) {
        const batch = rows.slice(start, start + perBatch);
        const values = sql.join(batch.map((row) => sql`(${sql.join(row)})`));
        await sql`INSERT INTO ${target} VALUES ${values}`.execute(db);
      }
    },
  };
}
