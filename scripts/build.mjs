#!/usr/bin/env node
// Builds the app with Vite's JS API: `node scripts/build.mjs [renderer|main|preload]…`
// (no argument = all three). Outputs: dist/renderer, dist/electron/main.cjs, dist/electron/preload.cjs.
// The preview mode (electron/preview) is never part of these bundles.
import { fileURLToPath } from 'node:url';

import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));

export const targets = {
  renderer: 'renderer/vite.config.ts',
  main: 'electron/vite.main.config.ts',
  preload: 'electron/vite.preload.config.ts',
};

/** Builds the named targets in order; throws on the first failure. */
export async function buildTargets(names) {
  for (const name of names) {
    const started = Date.now();
    await build({ configFile: `${root}/${targets[name]}`, logLevel: 'warn' });
    process.stdout.write(`built ${name} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  }
}

function parseTargets(args) {
  const unknown = args.filter((arg) => !(arg in targets));
  if (unknown.length > 0) {
    throw new Error(
      `unknown build target(s): ${unknown.join(', ')}; use ${Object.keys(targets).join(', ')}`,
    );
  }
  return args.length === 0 ? Object.keys(targets) : args;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  buildTargets(parseTargets(process.argv.slice(2))).catch((error) => {
    process.stderr.write(
      `build failed: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exit(1);
  });
}
