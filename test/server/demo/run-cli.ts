import { spawn } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '../../..');

/**
 * Runs `server/cli/<script>` as a child process through tsx, with DATABASE_URL and
 * KABINET_PGLITE_DIR cleared so only the arguments choose the database.
 */
export function runCli(
  script: string,
  args: string[],
): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env, DATABASE_URL: '', KABINET_PGLITE_DIR: '' };
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'server/cli', script), ...args],
      { cwd: ROOT, env },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, out, err }));
  });
}
