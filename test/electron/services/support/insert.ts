import type { Kysely } from 'kysely';

import type { Database } from '../../../../server/db/schema.js';

/** Valid bank requisites (the central's CHECK constraints) for supplier number `n`. */
export const requisites = (n: number) => ({
  inn: `56100000${String(n).padStart(2, '0')}`,
  kpp: '561001001',
  bank_name: 'ПАО Сбербанк, Оренбургское отделение № 8623',
  bic: '045354601',
  settlement_account: `4070281000000000000${n}`,
  correspondent_account: '30101810600000000601',
  address: `г. Оренбург, ул. Советская, д. ${n}`,
  phone: '+73532000000',
  site: 'example.ru',
});

/** Inserts rows in chunks of 500 and returns their ids in order. */
export async function insertChunked<T extends keyof Database>(
  db: Kysely<Database>,
  table: T,
  rows: Record<string, unknown>[],
): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < rows.length; i += 500) {
    const inserted = await db
      .insertInto(table)
      .values(rows.slice(i, i + 500) as never)
      .returning('id' as never)
      .execute();
    ids.push(...(inserted as unknown as { id: number }[]).map((r) => r.id));
  }
  return ids;
}
