import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import { createPostgresDatabase } from '../../support/central-fixture.js';
import { runCli } from './run-cli.js';

const ROOT = join(import.meta.dirname, '../../..');
const FIXTURES = join(ROOT, 'test/server/import/fixtures');

describe('demo-data and import command lines', () => {
  let database: Awaited<ReturnType<typeof createPostgresDatabase>>;
  let work: string;

  beforeAll(async () => {
    database = await createPostgresDatabase(inject('postgresUrl'));
    work = mkdtempSync(join(tmpdir(), 'kabinet-cli-'));
  });
  afterAll(async () => {
    rmSync(work, { recursive: true, force: true });
    await database?.drop();
  });

  it('seeds an empty database, prints the demo logins, and refuses to seed it again', async () => {
    const first = await runCli('demo-data.ts', [
      '--accounts',
      '100',
      '--months',
      '1',
      '--today',
      '2026-11-24',
      '--database-url',
      database.url,
    ]);
    expect(first.err).toBe('');
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/demo \/ Kabinet-2026 → 56\d{8}, 56\d{8}/);
    expect(first.out).toMatch(/demo2 \/ Kabinet-2026 → 72\d{8}/);
    expect(first.out).toContain('счетов 100');

    const again = await runCli('demo-data.ts', [
      '--accounts',
      '100',
      '--database-url',
      database.url,
    ]);
    expect(again.code).toBe(3);
    expect(again.err).toContain('уже содержит данные');
  });

  it('explains bad arguments with the usage and exit code 2', async () => {
    const result = await runCli('demo-data.ts', [
      '--accounts',
      '5',
      '--database-url',
      database.url,
    ]);
    expect(result.code).toBe(2);
    expect(result.err).toContain('от 100 до 1000000');
    expect(result.err).toContain('npm run demo-data');
  });

  it('imports a good folder and reports every bad line of a broken one', async () => {
    const good = await runCli('import.ts', [
      '--dir',
      join(FIXTURES, 'good'),
      '--database-url',
      database.url,
    ]);
    expect(good.code).toBe(0);
    expect(good.out).toContain('Импорт выполнен.');
    expect(good.out).toContain('лицевые счета: строк 4, новых 4');

    const broken = await runCli('import.ts', [
      '--dir',
      join(FIXTURES, 'broken'),
      '--database-url',
      database.url,
    ]);
    expect(broken.code).toBe(1);
    expect(broken.out).toContain('accounts.csv:3 [number]');
    expect(broken.out).toContain('Ошибок: 22. Ничего не импортировано');
  });

  it('refuses a file that is not UTF-8, naming the line', async () => {
    const header = 'number;region;owner_name;owner_phone;address;area;rooms;residents\n';
    // "Иванов" in Windows-1251, as a spreadsheet might save it.
    const cp1251 = Buffer.from([0xc8, 0xe2, 0xe0, 0xed, 0xee, 0xe2]);
    writeFileSync(
      join(work, 'accounts.csv'),
      Buffer.concat([
        Buffer.from(header),
        Buffer.from('5699300001;orenburg;'),
        cp1251,
        Buffer.from(';;г. Оренбург;40;1;1\n'),
      ]),
    );
    const result = await runCli('import.ts', [
      '--dir',
      work,
      '--dry-run',
      '--database-url',
      database.url,
    ]);
    expect(result.code).toBe(1);
    expect(result.out).toContain('accounts.csv:2 — файл не в кодировке UTF-8');
  });
});
