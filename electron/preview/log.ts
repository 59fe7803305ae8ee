import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

/** What the services report while previewing: a JSON line per entry in a file; warnings and errors on stderr too. */
export function createPreviewLog(filePath: string) {
  mkdirSync(dirname(filePath), { recursive: true });
  return (
    level: 'info' | 'warn' | 'error',
    message: string,
    data?: Record<string, unknown>,
  ): void => {
    const line = JSON.stringify({ time: new Date().toISOString(), level, message, data });
    appendFileSync(filePath, `${line}\n`);
    if (level !== 'info') process.stderr.write(`${line}\n`);
  };
}
