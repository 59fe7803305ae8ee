/**
 * Syncs a cache file from a central service until it is up to date, then exits 0.
 * Used by the kill test (and handy for diagnosing a device):
 *   KABINET_DEVICE_TOKEN=… npx tsx electron/services/sync-worker-cli.ts \
 *     --cache ./cache.sqlite3 --central http://127.0.0.1:8080 [--limit 200]
 * The token comes from the environment so it never shows in a process list.
 * Prints one JSON line per applied page: {"done":…,"total":…,"hasMore":…}.
 */
import { parseArgs } from 'node:util';

import { openCache } from '../../db/open-cache.js';
import { createCentralClient } from './central-client.js';
import { runSync } from './sync-run.js';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      cache: { type: 'string' },
      central: { type: 'string' },
      limit: { type: 'string' },
    },
  });
  const token = process.env.KABINET_DEVICE_TOKEN;
  if (!values.cache || !values.central || !token) {
    process.stderr.write(
      'usage: KABINET_DEVICE_TOKEN=… sync-worker-cli --cache FILE --central URL [--limit N]\n',
    );
    return 2;
  }
  const limit = values.limit ? Number(values.limit) : undefined;
  if (limit !== undefined && !(Number.isInteger(limit) && limit > 0)) {
    process.stderr.write('--limit must be a positive integer\n');
    return 2;
  }
  const { db, rebuilt } = openCache(values.cache, { onTooNew: 'rebuild' });
  if (rebuilt) process.stdout.write(`${JSON.stringify({ rebuilt: true })}\n`);
  try {
    const client = createCentralClient({ baseUrl: values.central, fetch, deviceToken: token });
    const result = await runSync({
      db,
      client,
      clock: () => new Date(),
      ...(limit ? { limits: { initial: limit, incremental: limit } } : {}),
      onPage: (progress) => process.stdout.write(`${JSON.stringify(progress)}\n`),
    });
    process.stdout.write(`${JSON.stringify({ finished: true, done: result.done })}\n`);
    return 0;
  } finally {
    db.close();
  }
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    const code = (error as { code?: unknown }).code;
    process.stderr.write(
      `sync failed: ${error instanceof Error ? error.message : String(error)} ${code ?? ''}\n`,
    );
    process.exitCode = 1;
  },
);
