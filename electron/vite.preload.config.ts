// The preload bundle: electron/preload.ts → dist/electron/preload.cjs, ONE CommonJS file with the
// contract inlined: a sandboxed preload may require('electron') and nothing else.
import { fileURLToPath } from 'node:url';

import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  root,
  logLevel: 'warn',
  publicDir: false,
  build: {
    target: 'chrome140',
    outDir: 'dist/electron',
    emptyOutDir: false,
    minify: true,
    sourcemap: false,
    lib: {
      entry: 'electron/preload.ts',
      formats: ['cjs'],
      fileName: () => 'preload.cjs',
    },
    rolldownOptions: {
      external: ['electron'],
    },
  },
});
