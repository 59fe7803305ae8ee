#!/usr/bin/env node
// `npm start`: builds everything, then runs the app in Electron. Where Electron's binary is absent
// (our development machines cannot download it), runs the preview mode in Chromium instead, so
// `npm ci && npm start` always gives a working app.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { buildTargets } from './build.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * The Electron executable, or null when it is not installed. Reads what `require('electron')`
 * would return without calling it: that require starts a download when the binary is missing.
 */
export function electronBinary(env = process.env) {
  let packageDir;
  try {
    packageDir = dirname(
      createRequire(join(root, 'package.json')).resolve('electron/package.json'),
    );
  } catch {
    return null;
  }
  const pathFile = join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const candidate = join(env.ELECTRON_OVERRIDE_DIST_PATH, relative ?? 'electron');
    return existsSync(candidate) ? candidate : null;
  }
  if (relative === null) return null;
  const candidate = join(packageDir, 'dist', relative);
  return existsSync(candidate) ? candidate : null;
}

function run(command, args) {
  const child = spawn(command, args, { cwd: root, stdio: 'inherit' });
  const forward = (signal) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
}

async function main() {
  const binary = electronBinary();
  if (binary !== null) {
    await buildTargets(['renderer', 'main', 'preload']);
    run(binary, [root, ...process.argv.slice(2)]);
    return;
  }
  process.stdout.write(
    [
      'Исполняемый файл Electron здесь недоступен; запускаю режим предпросмотра в Chromium.',
      "Electron's binary isn't available here; starting preview mode in Chromium instead.",
      '',
    ].join('\n'),
  );
  await buildTargets(['renderer']);
  const tsx = join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'tsx.cmd' : 'tsx');
  run(tsx, [join(root, 'electron', 'preview', 'cli.ts'), ...process.argv.slice(2)]);
}

main().catch((error) => {
  process.stderr.write(`start failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
