// Builds the renderer bundle that Electron loads from file:// and the preview mode serves.
// This file runs in Node at build time; it is not part of the bundle.
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

const here = import.meta.dirname;

export default defineConfig({
  root: here,
  base: './',
  plugins: [vue()],
  build: {
    outDir: `${here}/../dist/renderer`,
    emptyOutDir: true,
    target: 'es2022',
    // Chromium in Electron supports modulepreload natively; the polyfill would only add bytes.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // Libraries in their own chunks: each stays under the size warning and the app code
        // stays small to read in a stack trace.
        codeSplitting: {
          groups: [
            {
              name: 'vue',
              test: /node_modules[\\/](@vue|vue|vue-router|pinia|vue-i18n|@intlify)[\\/]/,
              priority: 4,
            },
            {
              name: 'primevue-core',
              test: /node_modules[\\/](@primevue|@primeuix)[\\/]/,
              priority: 3,
            },
            {
              name: 'primevue-table',
              test: /node_modules[\\/]primevue[\\/](datatable|column|paginator|virtualscroller|inputnumber)[\\/]/,
              priority: 2,
            },
            { name: 'primevue', test: /node_modules[\\/]primevue[\\/]/, priority: 1 },
            { name: 'zod', test: /node_modules[\\/]zod[\\/]/, priority: 1 },
          ],
        },
      },
    },
  },
  server: { host: '127.0.0.1' },
});
