import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, describe, expect, it, inject } from 'vitest';

import { parseEnrolCodeArgs, UsageError } from '../../server/cli/enrol-code-args.js';
import { sha256Hex } from '../../server/auth/tokens.js';
import { startCentralService } from '../../server/start.js';
import { createPostgresDatabase, seedRegion } from '../support/central-fixture.js';
import { ADMIN_TOKEN } from './harness.js';

function runCli(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'server/cli/enrol-code.ts', ...args],
      {
        cwd: process.cwd(),
        env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

const CODE = /[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}/;
const folders: string[] = [];
afterAll(() => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('enrol-code arguments', () => {
  it('reads profile, region and ttl, and picks the database route without --url', () => {
    expect(
      parseEnrolCodeArgs(['--profile', 'kiosk', '--region', 'orenburg', '--ttl', '15'], {}),
    ).toEqual({
      profile: 'kiosk',
      regionCode: 'orenburg',
      ttlMinutes: 15,
      via: 'database',
    });
  });

  it('takes the URL and admin token from flags or the environment', () => {
    expect(
      parseEnrolCodeArgs(['--profile', 'counter', '--region', 'samara'], {
        KABINET_CENTRAL_URL: 'http://127.0.0.1:8080/',
        KABINET_ADMIN_TOKEN: ADMIN_TOKEN,
      }),
    ).toEqual({
      profile: 'counter',
      regionCode: 'samara',
      ttlMinutes: 60,
      via: 'http',
      url: 'http://127.0.0.1:8080',
      adminToken: ADMIN_TOKEN,
    });
  });

  it.each([
    [[], /--profile, --region/],
    [['--profile', 'tablet', '--region', 'x'], /--profile/],
    [['--profile', 'kiosk', '--region', 'x', '--ttl', 'soon'], /--ttl/],
    [['--profile', 'kiosk', '--region', 'x', '--colour', 'red'], /colour/],
    [['--profile', 'kiosk', '--region', 'x', '--url', 'ftp://x'], /http/],
    [['--profile', 'kiosk', '--region', 'x', '--url', 'http://x'], /admin-token/],
  ])('refuses %j with a usage error', (argv, message) => {
    expect(() => parseEnrolCodeArgs(argv, {})).toThrow(UsageError);
    expect(() => parseEnrolCodeArgs(argv, {})).toThrow(message);
  });
});

describe('npm run enrol-code', () => {
  it('prints the usage and exits 2 on bad arguments', async () => {
    const result = await runCli(['--profile', 'tablet']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('npm run enrol-code -- --profile kiosk|counter');
  });

  it('issues a code through a running service with --url and --admin-token', async () => {
    const central = await startCentralService({ adminToken: ADMIN_TOKEN });
    try {
      await seedRegion(central.central, { code: 'orenburg', accounts: 0 });
      const result = await runCli([
        '--profile',
        'kiosk',
        '--region',
        'orenburg',
        '--url',
        central.url,
        '--admin-token',
        ADMIN_TOKEN,
      ]);
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      const code = CODE.exec(result.stdout)?.[0];
      const stored = await central.central.db
        .selectFrom('enrolment_codes')
        .select('profile')
        .where('code_hash', '=', sha256Hex(code!.replaceAll('-', '')))
        .executeTakeFirst();
      expect(stored?.profile).toBe('kiosk');
      const refused = await runCli([
        '--profile',
        'kiosk',
        '--region',
        'orenburg',
        '--url',
        central.url,
        '--admin-token',
        `${ADMIN_TOKEN}x`,
      ]);
      expect(refused.status).toBe(1);
      expect(refused.stderr).toContain('unauthorized');
    } finally {
      await central.close();
    }
  });

  it('writes a code straight into PostgreSQL with DATABASE_URL', async () => {
    const database = await createPostgresDatabase(inject('postgresUrl'));
    const central = await startCentralService({ databaseUrl: database.url });
    try {
      await seedRegion(central.central, { code: 'samara', accounts: 0 });
      const result = await runCli(['--profile', 'counter', '--region', 'samara', '--ttl', '30'], {
        DATABASE_URL: database.url,
      });
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(CODE);
      const unknown = await runCli(['--profile', 'counter', '--region', 'atlantis'], {
        DATABASE_URL: database.url,
      });
      expect(unknown.status).toBe(1);
      expect(unknown.stderr).toContain('Регион не найден');
    } finally {
      await central.close();
      await database.drop();
    }
  });

  it('says clearly that a PGlite folder is in use by the running service', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kabinet-central-'));
    folders.push(dir);
    const central = await startCentralService({ pgliteDir: dir });
    try {
      const result = await runCli(['--profile', 'kiosk', '--region', 'orenburg'], {
        KABINET_PGLITE_DIR: dir,
      });
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(
        /in use by process \d+ \(PGlite allows one process at a time\)/,
      );
      expect(result.stderr).toContain('--url');
    } finally {
      await central.close();
    }
  });
});
