/**
 * The syncing process of the sync benchmark: one device pulling its region from the central
 * service into an empty cache. Runs alone so its peak RSS is its own; prints one JSON line.
 *   KABINET_DEVICE_TOKEN=… tsx test/bench/sync-child.ts CACHE_FILE CENTRAL_URL PAGE_LIMIT
 */
import { openCache } from '../../db/open-cache.js';
import { createCentralClient } from '../../electron/services/central-client.js';
import { runSync } from '../../electron/services/sync-run.js';

const [cachePath, centralUrl, pageLimit] = process.argv.slice(2);
const token = process.env.KABINET_DEVICE_TOKEN;
if (!cachePath || !centralUrl || !token)
  throw new Error('usage: sync-child CACHE CENTRAL_URL [LIMIT]');
const limit = Number(pageLimit ?? 10000);

const { db } = openCache(cachePath);
const client = createCentralClient({ baseUrl: centralUrl, fetch, deviceToken: token });
const started = performance.now();
const result = await runSync({
  db,
  client,
  clock: () => new Date(),
  limits: { initial: limit, incremental: limit },
});
const seconds = (performance.now() - started) / 1000;
db.close();
process.stdout.write(
  `${JSON.stringify({ rows: result.done, seconds, maxRssMb: process.resourceUsage().maxRSS / 1024 })}\n`,
);
