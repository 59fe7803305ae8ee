import { spawn } from 'node:child_process';

import { describe, expect, it, inject } from 'vitest';

import { createPostgresDatabase } from '../support/central-fixture.js';

/** Starts `npm run server`'s entry point and resolves once it prints where it listens. */
function startServe(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/cli/serve.ts'], {
    cwd: process.cwd(),
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  const listening = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', () => {
      const url = /listening on (http:\/\/\S+)/.exec(stdout)?.[1];
      if (url) resolve(url);
    });
    void exited.then((code) => reject(new Error(`serve exited with ${code}: ${stderr}`)));
  });
  listening.catch(() => {});
  return { child, listening, exited, output: () => ({ stdout, stderr }) };
}

describe('npm run server', () => {
  it('refuses a bad configuration with a one-line message and exit code 2', async () => {
    const serve = startServe({ PORT: 'eighty' });
    expect(await serve.exited).toBe(2);
    expect(serve.output().stderr.trim()).toBe(
      'Invalid configuration: PORT must be an integer from 0 to 65535.',
    );
  });

  it('seeds an empty PostgreSQL database, prints demo logins, serves, and stops on SIGTERM', async () => {
    const database = await createPostgresDatabase(inject('postgresUrl'));
    try {
      const serve = startServe({
        DATABASE_URL: database.url,
        PORT: '0',
        LOG_LEVEL: 'warn',
        KABINET_DEMO_ACCOUNTS: '100',
      });
      const url = await serve.listening;
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(serve.output().stdout).toMatch(/Demo residents[\s\S]*\S+ \/ \S+ → \d{10}/);
      const health = await fetch(`${url}/health`);
      expect(await health.json()).toMatchObject({ status: 'ok', database: 'postgres' });
      serve.child.kill('SIGTERM');
      expect(await serve.exited).toBe(0);
    } finally {
      await database.drop();
    }
  });
});
