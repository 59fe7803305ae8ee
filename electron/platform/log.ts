import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
export type Log = (level: LogLevel, message: string, data?: unknown) => void;

/**
 * The main process's log: JSON lines in a file under userData (administrators read it when a
 * machine misbehaves) and a copy on stderr. A log that cannot be written never stops the app.
 */
export function createMainLog(filePath: string): Log {
  let fileUsable = true;
  try {
    mkdirSync(dirname(filePath), { recursive: true });
  } catch {
    fileUsable = false;
  }
  return (level, message, data) => {
    const line = JSON.stringify({ time: new Date().toISOString(), level, message, data });
    if (level !== 'debug') process.stderr.write(`${line}\n`);
    if (!fileUsable) return;
    try {
      appendFileSync(filePath, `${line}\n`, { mode: 0o600 });
    } catch {
      fileUsable = false;
    }
  };
}
