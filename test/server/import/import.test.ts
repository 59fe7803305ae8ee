import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { seedDemoData } from '../../../server/demo/seed.js';
import { importMonthlyData } from '../../../server/import/import.js';
import type { ImportFiles } from '../../../server/import/report.js';
import { tableChecksums } from '../demo/billing-checks.js';
import { BACKENDS, type FreshCentral, freshCentral } from '../demo/central-backends.js';

const FIXTURES = join(import.meta.dirname, 'fixtures');

function fixtures(set: 'good' | 'broken'): Required<ImportFiles> {
  const read = (name: string) => readFileSync(join(FIXTURES, set, `${name}.csv`), 'utf8');
  return {
    accounts: read('accounts'),
    meters: read('meters'),
    charges: read('charges'),
    payments: read('payments'),
  };
}

async function snapshot(fresh: FreshCentral) {
  const rev = await sql<{ max: number }>`SELECT max(rev) AS max FROM (
      SELECT rev FROM accounts UNION ALL SELECT rev FROM meters UNION ALL SELECT rev FROM account_services) AS pulled`.execute(
    fresh.central.db,
  );
  return { checksums: await tableChecksums(fresh.central.db), maxRev: rev.rows[0]?.max };
}

describe.each(BACKENDS)('settlement-system import on %s', (kind) => {
  let fresh: FreshCentral;
  const db = () => fresh.central.db;

  beforeAll(async () => {
    fresh = await freshCentral(kind);
    await seedDemoData(fresh.central, { accounts: 100, months: 0, today: '2026-11-24' });
  });
  afterAll(() => fresh?.drop());

  it('imports a good file set: BOM, CRLF, quoted separators, decimal commas, local payment times', async () => {
    const report = await importMonthlyData(fresh.central, fixtures('good'));
    expect(report).toEqual({
      ok: true,
      dryRun: false,
      counts: {
        accounts: { rows: 4, inserted: 4, updated: 0, unchanged: 0 },
        meters: { rows: 5, inserted: 5, updated: 0, unchanged: 0 },
        accountServices: { rows: 4, inserted: 4, updated: 0, unchanged: 0 },
        charges: { rows: 5, inserted: 5, updated: 0, unchanged: 0 },
        payments: { rows: 3, inserted: 3, updated: 0, unchanged: 0 },
      },
    });
    const ivanov = await db()
      .selectFrom('accounts')
      .selectAll()
      .where('number', '=', '5699000001')
      .executeTakeFirstOrThrow();
    expect(ivanov).toMatchObject({
      owner_phone: '+79031234567',
      area: '54.30',
      rooms: 2,
      residents: 3,
    });
    const sokolov = await db()
      .selectFrom('accounts')
      .select(['address', 'owner_phone'])
      .where('number', '=', '7299000001')
      .executeTakeFirstOrThrow();
    expect(sokolov).toEqual({
      address: 'г. Тюмень, ул. Республики, д. 5, кв. "Б"',
      owner_phone: '+79221234567',
    });
    const cold = await db()
      .selectFrom('charges')
      .innerJoin('services', 'services.id', 'charges.service_id')
      .select(['volume', 'tariff', 'coefficient', 'debt_end'])
      .where('services.code', '=', 'cold_water')
      .where('charges.account_id', '=', ivanov.id)
      .executeTakeFirstOrThrow();
    expect([
      Number(cold.volume),
      Number(cold.tariff),
      Number(cold.coefficient),
      cold.debt_end,
    ]).toEqual([7.235, 44.41, 1, 32131]);
    const payments = await db()
      .selectFrom('payments')
      .select(['external_id', 'paid_at', 'service_id', 'place'])
      .where('external_id', 'like', 'P-%')
      .orderBy('external_id')
      .execute();
    expect(payments[0]!.paid_at.toISOString()).toBe('2026-10-05T09:30:00.000Z'); // 14:30 in Yekaterinburg
    expect(payments[1]).toMatchObject({ service_id: null, place: 'Касса ЕРЦ; окно 3' });
  });

  it('re-imports the same files as a no-op that leaves every row and rev alone', async () => {
    const before = await snapshot(fresh);
    const report = await importMonthlyData(fresh.central, fixtures('good'));
    expect(
      report.ok &&
        Object.values(report.counts).every(
          (c) => c.inserted === 0 && c.updated === 0 && c.unchanged === c.rows,
        ),
    ).toBe(true);
    expect(await snapshot(fresh)).toEqual(before);
  });

  it('updates a changed row (bumping its rev) and reports a dry run without writing', async () => {
    const files = {
      accounts: fixtures('good').accounts.replace(
        'Ким Сергей Олегович',
        'Ким Сергей Олегович (новый собственник)',
      ),
    };
    const before = await snapshot(fresh);
    const dry = await importMonthlyData(fresh.central, files, { dryRun: true });
    expect(dry).toMatchObject({
      ok: true,
      dryRun: true,
      counts: { accounts: { rows: 4, updated: 1, unchanged: 3 } },
    });
    expect(await snapshot(fresh)).toEqual(before);

    const kim = () =>
      db()
        .selectFrom('accounts')
        .select(['owner_name', 'rev'])
        .where('number', '=', '4599000001')
        .executeTakeFirstOrThrow();
    const oldRev = (await kim()).rev;
    const real = await importMonthlyData(fresh.central, files);
    expect(real).toMatchObject({
      ok: true,
      dryRun: false,
      counts: { accounts: { updated: 1, unchanged: 3 } },
    });
    expect(await kim()).toMatchObject({ owner_name: 'Ким Сергей Олегович (новый собственник)' });
    expect((await kim()).rev).toBeGreaterThan(oldRev);
  });

  it('accepts rows that refer to accounts already in the database', async () => {
    const payments =
      'external_id;account;period;paid_at;amount;place\nP-2026-11-0001;5699000001;2026-11;2026-11-03 08:00;166493;ЕЛК\n';
    const report = await importMonthlyData(fresh.central, { payments });
    expect(report).toMatchObject({ ok: true, counts: { payments: { rows: 1, inserted: 1 } } });
  });

  it('reports every bad row of a broken file set with its line and reason, and imports nothing', async () => {
    const before = await snapshot(fresh);
    const report = await importMonthlyData(fresh.central, fixtures('broken'));
    expect(report.ok).toBe(false);
    if (report.ok) return;
    expect(report.errors.map((e) => [e.file, e.line, e.column ?? null])).toEqual([
      ['accounts.csv', 3, 'number'],
      ['accounts.csv', 4, 'region'],
      ['accounts.csv', 5, null],
      ['accounts.csv', 6, 'owner_phone'],
      ['accounts.csv', 6, 'area'],
      ['accounts.csv', 7, null],
      ['meters.csv', 3, 'account'],
      ['meters.csv', 4, 'service'],
      ['meters.csv', 5, 'next_verification_on'],
      ['meters.csv', 6, 'zones'],
      ['meters.csv', 7, null],
      ['charges.csv', 3, 'debt_end'],
      ['charges.csv', 4, 'supplier_inn'],
      ['charges.csv', 5, 'supplier_inn'],
      ['charges.csv', 6, 'period'],
      ['charges.csv', 7, null],
      ['charges.csv', 8, 'method'],
      ['payments.csv', 3, 'amount'],
      ['payments.csv', 4, null],
      ['payments.csv', 5, 'paid_at'],
      ['payments.csv', 6, 'service'],
      ['payments.csv', 7, null],
    ]);
    for (const error of report.errors) expect(error.reason).toMatch(/[а-яё]{3}/i);
    expect(report.errors.find((e) => e.file === 'accounts.csv' && e.line === 5)?.reason).toContain(
      'строке 2',
    );
    expect(await snapshot(fresh)).toEqual(before);
  });

  it('names a missing header column and an empty file', async () => {
    const report = await importMonthlyData(fresh.central, {
      accounts: 'number;region;owner_name;address;rooms;residents\n',
      meters: '',
    });
    expect(report).toEqual({
      ok: false,
      errors: [
        expect.objectContaining({ file: 'accounts.csv', line: 1, column: 'area' }),
        expect.objectContaining({ file: 'meters.csv', line: 1 }),
      ],
    });
  });
});
