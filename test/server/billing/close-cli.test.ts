import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import { openCentralDb } from '../../../server/db/connect.js';
import { migrateCentral } from '../../../server/db/migrate.js';
import { seedDemoData } from '../../../server/demo/seed.js';
import { createPostgresDatabase } from '../../support/central-fixture.js';
import { runCli } from '../demo/run-cli.js';

const closePeriodCli = (args: string[]) => runCli('close-period.ts', args);

describe('close-period command line', () => {
  let database: Awaited<ReturnType<typeof createPostgresDatabase>>;

  beforeAll(async () => {
    database = await createPostgresDatabase(inject('postgresUrl'));
    const central = await openCentralDb({ databaseUrl: database.url, poolSize: 2 });
    try {
      await migrateCentral(central.db);
      // History up to February 2025, so March 2025 is the next period and long over.
      await seedDemoData(central, {
        accounts: 100,
        months: 2,
        today: '2025-03-10',
        regions: ['orenburg'],
      });
    } finally {
      await central.close();
    }
  });
  afterAll(() => database?.drop());

  it('closes the next period, prints the summary, and refuses to close it twice', async () => {
    const args = ['--region', 'orenburg', '--database-url', database.url];
    const first = await closePeriodCli([...args, '--period', '2025-03']);
    expect(first.err).toBe('');
    expect(first.code).toBe(0);
    expect(first.out).toContain('Период 2025-03 региона orenburg закрыт');
    expect(first.out).toMatch(/счетов: 100; начислений: 600 — по счётчику \d+/);
    const second = await closePeriodCli([...args, '--period', '2025-03']);
    expect(second.code).toBe(1);
    expect(second.err).toContain('period_already_closed');
    const skipping = await closePeriodCli([...args, '--period', '2025-05']);
    expect(skipping.code).toBe(1);
    expect(skipping.err).toMatch(/period_out_of_order.*2025-04/);
  });

  it('explains bad arguments with the usage and exit code 2', async () => {
    for (const args of [['--region', 'orenburg', '--period', '2025-3'], ['--x']]) {
      const result = await closePeriodCli(args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.err).toContain('npm run close-period');
    }
    const help = await closePeriodCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.out).toContain('--period ГГГГ-ММ');
  });
});
