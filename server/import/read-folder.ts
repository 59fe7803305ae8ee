import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { ImportError, ImportFile, ImportFiles } from './report.js';

const NAMES: Record<keyof ImportFiles, ImportFile> = {
  accounts: 'accounts.csv',
  meters: 'meters.csv',
  charges: 'charges.csv',
  payments: 'payments.csv',
};

/** The 1-based line holding the first byte sequence that is not UTF-8, or null if all is UTF-8. */
function firstBadUtf8Line(bytes: Buffer): number | null {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  let start = 0;
  while (start <= bytes.length) {
    let end = bytes.indexOf(0x0a, start);
    if (end < 0) end = bytes.length;
    try {
      decoder.decode(bytes.subarray(start, end));
    } catch {
      return line;
    }
    start = end + 1;
    line++;
  }
  return null;
}

/**
 * Reads whichever of accounts.csv, meters.csv, charges.csv and payments.csv the folder holds.
 * A file that is not valid UTF-8 becomes an error (with the line) rather than garbled text.
 */
export function readImportFolder(dir: string): {
  files: ImportFiles;
  found: ImportFile[];
  errors: ImportError[];
} {
  const files: ImportFiles = {};
  const found: ImportFile[] = [];
  const errors: ImportError[] = [];
  for (const [key, name] of Object.entries(NAMES) as [keyof ImportFiles, ImportFile][]) {
    const path = join(dir, name);
    if (!existsSync(path)) continue;
    found.push(name);
    const bytes = readFileSync(path);
    const badLine = firstBadUtf8Line(bytes);
    if (badLine !== null) {
      errors.push({
        file: name,
        line: badLine,
        reason: 'файл не в кодировке UTF-8: сохраните его как «CSV UTF-8»',
      });
    } else files[key] = bytes.toString('utf8');
  }
  return { files, found, errors };
}
