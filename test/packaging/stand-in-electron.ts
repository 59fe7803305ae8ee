import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** @electron/fuses finds the fuse wire after this marker in Electron's binary. */
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/**
 * Electron's shipped fuse states, in wire order: RunAsNode on, cookie encryption off,
 * NODE_OPTIONS on, --inspect on, ASAR integrity off, only-ASAR off, browser snapshot off,
 * file: privileges on ('1' = enabled, '0' = disabled).
 */
export const ELECTRON_DEFAULT_FUSES = '10110001';

/**
 * A stand-in Electron distribution for `electronDist`: an executable named `electron` that
 * carries a fuse wire like the real binary, so electron-builder's fuse step runs for real.
 */
export function makeStandInElectronDist(folder: string): string {
  mkdirSync(folder, { recursive: true });
  const wire = Buffer.concat([
    Buffer.from(
      `#!/bin/sh\necho "stand-in Electron for packaging tests"\nexit 0\n# ${FUSE_SENTINEL}`,
    ),
    Buffer.from([1, ELECTRON_DEFAULT_FUSES.length]),
    Buffer.from(`${ELECTRON_DEFAULT_FUSES}\n`),
  ]);
  const binary = join(folder, 'electron');
  writeFileSync(binary, wire);
  chmodSync(binary, 0o755);
  writeFileSync(join(folder, 'LICENSE'), 'stand-in\n');
  return folder;
}
