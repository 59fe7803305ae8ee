// The main process bundle: electron/main.ts → dist/electron/main.cjs (Node build for Electron's
// Node 22). Only our own sources are bundled; every package is required from node_modules at run
// time (native modules, PGlite's wasm and electron itself cannot be bundled).
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';

import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));

/** A bare specifier (a package or a Node built-in) stays a run-time require. */
export function isExternal(id: string): boolean {
  if (id.startsWith('node:') || builtinModules.includes(id)) return true;
  return (
    !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0') && !/^[A-Za-z]:/.test(id)
  );
}

export default defineConfig({
  root,
  logLevel: 'warn',
  build: {
    ssr: 'electron/main.ts',
    target: 'node20',
    outDir: 'dist/electron',
    emptyOutDir: false,
    minify: false,
    sourcemap: true,
    copyPublicDir: false,
    rolldownOptions: {
      external: isExternal,
      output: { format: 'cjs', entryFileNames: 'main.cjs' },
    },
  },
});
