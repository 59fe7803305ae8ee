import { fileURLToPath } from 'node:url';

import { build, type Rolldown } from 'vite';

const entry = fileURLToPath(new URL('./bridge-client.ts', import.meta.url));
const root = fileURLToPath(new URL('../..', import.meta.url));

/** Bundles bridge-client.ts (and the contract it imports) into one browser script, in memory. */
export async function bundleBridgeClient(): Promise<string> {
  const output = await build({
    configFile: false,
    root,
    logLevel: 'silent',
    publicDir: false,
    build: {
      write: false,
      emptyOutDir: false,
      minify: true,
      target: 'es2022',
      lib: { entry, formats: ['iife'], name: 'KabinetPreviewBridge' },
    },
  });
  const results = (Array.isArray(output) ? output : [output]) as Rolldown.RolldownOutput[];
  const chunk = results.flatMap((result) => result.output).find((item) => item.type === 'chunk');
  if (chunk === undefined || chunk.type !== 'chunk')
    throw new Error('bridge client bundle is empty');
  return chunk.code;
}
