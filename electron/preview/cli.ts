// `npm run preview` (dev only): the real services + the built renderer in Chromium, no Electron.
// Usage: tsx electron/preview/cli.ts [--headless] [--data-dir DIR] [--port N]
import { parseArgs } from 'node:util';

import { createPreviewLog } from './log.js';
import { openInChromium } from './chromium.js';
import { DEFAULT_PREVIEW_DATA_DIR, startPreview } from './start-preview.js';

const { values } = parseArgs({
  options: {
    headless: { type: 'boolean', default: false },
    'data-dir': { type: 'string', default: DEFAULT_PREVIEW_DATA_DIR },
    port: { type: 'string', default: '0' },
  },
  strict: true,
});

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  process.stderr.write(`--port must be a number from 0 to 65535, got "${values.port}"\n`);
  process.exit(2);
}

const dataDir = values['data-dir'];
const preview = await startPreview({
  dataDir,
  port,
  log: createPreviewLog(`${dataDir}/logs/preview.log`),
});
process.stdout.write(
  [
    'Kabinet preview (dev only; never shipped). Откройте / open:',
    `  ${preview.url}`,
    `Data folder: ${dataDir}. Ctrl+C stops it.`,
    '',
  ].join('\n'),
);

const headed = !values.headless && Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const browser = headed ? openInChromium(preview.url, () => void stop()) : null;
if (headed && browser === null) {
  process.stdout.write(
    'Chromium (/usr/bin/chromium) is not installed: open the address above yourself.\n',
  );
}

let stopping = false;
async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  browser?.kill();
  await preview.close();
  process.exit(0);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
