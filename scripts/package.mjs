#!/usr/bin/env node
// Packages the built app (run `node scripts/build.mjs` first) with electron-builder and
// electron-builder.yml: `node scripts/package.mjs [--win|--linux] [--dir]`.
// Installers need Electron's downloads and, for Windows, a signing certificate (CSC_LINK,
// CSC_KEY_PASSWORD); `--dir` makes an unpacked build only. The update feed defaults to the
// production one unless KABINET_UPDATE_URL is set.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { build, Platform } from 'electron-builder';

export const DEFAULT_UPDATE_URL = 'https://updates.ercprogress.ru/kabinet';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = new Set(process.argv.slice(2));
const platform = args.has('--linux') ? Platform.LINUX : Platform.WINDOWS;
const dir = args.has('--dir');

for (const file of [
  'dist/electron/main.cjs',
  'dist/electron/preload.cjs',
  'dist/renderer/index.html',
]) {
  if (!existsSync(`${root}/${file}`)) {
    process.stderr.write(`${file} is missing: run "node scripts/build.mjs" first\n`);
    process.exit(1);
  }
}
process.env.KABINET_UPDATE_URL ||= DEFAULT_UPDATE_URL;

build({
  projectDir: root,
  targets: dir ? platform.createTarget('dir') : platform.createTarget(),
  publish: 'never',
}).catch((error) => {
  process.stderr.write(
    `packaging failed: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
