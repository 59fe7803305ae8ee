import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { uptime } from 'node:os';
import { join } from 'node:path';

/** Thrown when another live process has the PGlite folder open. */
export class PgliteFolderInUseError extends Error {
  override name = 'PgliteFolderInUseError';
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * A lock is stale when its process is gone, or when it was written before the machine last
 * booted (after a power cut its PID may now belong to an unrelated process).
 */
function isStale(lockFile: string): boolean {
  const holder = Number(readFileSync(lockFile, 'utf8').trim());
  const bootedAt = Date.now() - uptime() * 1000;
  if (statSync(lockFile).mtimeMs < bootedAt) return true;
  return !(Number.isInteger(holder) && holder > 0 && isAlive(holder));
}

/**
 * Claims a PGlite data folder for this process: PGlite is single-process, and a second process
 * (or a second open in this one) would corrupt it. A stale lock is taken over.
 * Returns the release function.
 * @throws PgliteFolderInUseError naming the folder.
 */
export function lockPgliteFolder(dir: string): () => void {
  mkdirSync(dir, { recursive: true });
  const lockFile = join(dir, 'kabinet.lock');
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
      return () => rmSync(lockFile, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (!isStale(lockFile)) {
        const holder = readFileSync(lockFile, 'utf8').trim();
        throw new PgliteFolderInUseError(
          `The PGlite folder ${dir} is in use by process ${holder} (PGlite allows one process at a time). ` +
            'Stop that process, or talk to the running service with --url and --admin-token.',
        );
      }
      rmSync(lockFile, { force: true });
    }
  }
  throw new PgliteFolderInUseError(`Could not lock the PGlite folder ${dir}; try again.`);
}
