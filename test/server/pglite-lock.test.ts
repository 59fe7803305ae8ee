import { existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { lockPgliteFolder, PgliteFolderInUseError } from '../../server/db/pglite-lock.js';

describe('PGlite folder lock', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const fresh = () => (dir = mkdtempSync(join(tmpdir(), 'kabinet-lock-')));

  it('holds the folder until released, even against this same process', () => {
    fresh();
    const release = lockPgliteFolder(dir);
    expect(readFileSync(join(dir, 'kabinet.lock'), 'utf8')).toBe(String(process.pid));
    expect(() => lockPgliteFolder(dir)).toThrow(PgliteFolderInUseError);
    expect(() => lockPgliteFolder(dir)).toThrow(`is in use by process ${process.pid}`);
    release();
    expect(existsSync(join(dir, 'kabinet.lock'))).toBe(false);
    lockPgliteFolder(dir)();
  });

  it('takes over a lock whose process is gone', () => {
    fresh();
    writeFileSync(join(dir, 'kabinet.lock'), '2147483646');
    const release = lockPgliteFolder(dir);
    expect(readFileSync(join(dir, 'kabinet.lock'), 'utf8')).toBe(String(process.pid));
    release();
  });

  it('takes over a lock written before the machine booted, even if its PID is alive now', () => {
    fresh();
    const lockFile = join(dir, 'kabinet.lock');
    writeFileSync(lockFile, String(process.ppid));
    expect(() => lockPgliteFolder(dir)).toThrow(PgliteFolderInUseError);
    utimesSync(lockFile, new Date('2001-01-01T00:00:00Z'), new Date('2001-01-01T00:00:00Z'));
    lockPgliteFolder(dir)();
  });
});
