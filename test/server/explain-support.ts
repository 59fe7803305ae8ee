import { CompiledQuery, type Kysely, sql } from 'kysely';

import type { Database } from '../../server/db/schema.js';

/** PostgreSQL's EXPLAIN of a query builder or a raw sql`` query, as one text. */
export async function explain(
  db: Kysely<Database>,
  query: { compile(db: Kysely<Database>): CompiledQuery },
): Promise<string> {
  const compiled = query.compile(db);
  const result = await db.executeQuery<{ 'QUERY PLAN': string }>(
    CompiledQuery.raw(`EXPLAIN ${compiled.sql}`, [...compiled.parameters]),
  );
  return result.rows.map((row) => row['QUERY PLAN']).join('\n');
}

/** The last rev of a 2000-row page of `table` after `afterRev`. */
export async function pageEnd(db: Kysely<Database>, table: string, afterRev: number) {
  const revs = await sql<{ rev: number }>`SELECT rev FROM ${sql.table(table)}
    WHERE rev > ${afterRev} ORDER BY rev LIMIT 2000`.execute(db);
  return revs.rows.at(-1)!.rev;
}

/** The median rev of `table`: a cursor in the middle of a sync. */
export async function middleRev(db: Kysely<Database>, table: string) {
  const middle = await sql<{ rev: number }>`SELECT rev FROM ${sql.table(table)} ORDER BY rev
    OFFSET (SELECT count(*) / 2 FROM ${sql.table(table)}) LIMIT 1`.execute(db);
  return middle.rows[0]!.rev;
}
