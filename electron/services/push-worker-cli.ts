/**
 * Pushes an outbox file to a central service until nothing is queued, then exits 0. Network
 * errors and 5xx answers are retried by the engine itself (short backoff here).
 * Used by the fault test (and handy for diagnosing a device):
 *   KABINET_DEVICE_TOKEN=… npx tsx electron/services/push-worker-cli.ts \
 *     --outbox ./outbox.sqlite3 --central http://127.0.0.1:8080 [--batch 100]
 * Prints one JSON line per recorded batch ({"sent":…,"applied":…,"rejected":…}), one per
 * failure ({"error":"central_unreachable"}) and {"finished":true,…counts} at the end.
 */
import { parseArgs } from 'node:util';

import { openOutbox } from '../../db/outbox/open-outbox.js';
import { createPushClient } from './push-client.js';
import { createPushEngine, type PushStatus } from './push-engine.js';

const print = (line: object) => process.stdout.write(`${JSON.stringify(line)}\n`);

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { outbox: { type: 'string' }, central: { type: 'string' }, batch: { type: 'string' } },
  });
  const token = process.env.KABINET_DEVICE_TOKEN;
  const batchSize = values.batch ? Number(values.batch) : 100;
  if (
    !values.outbox ||
    !values.central ||
    !token ||
    !(Number.isInteger(batchSize) && batchSize > 0)
  ) {
    process.stderr.write(
      'usage: KABINET_DEVICE_TOKEN=… push-worker-cli --outbox FILE --central URL [--batch N]\n',
    );
    return 2;
  }
  const db = openOutbox(values.outbox);
  try {
    const client = createPushClient({ baseUrl: values.central, fetch, deviceToken: token });
    const final = await new Promise<PushStatus>((resolve) => {
      const engine = createPushEngine({
        db,
        client,
        clock: () => new Date(),
        batchSize,
        backoff: { initialMs: 20, maxMs: 300 },
        onBatch: print,
        onStatus: (status) => {
          if (status.running) return;
          if (status.lastError !== null) print({ error: status.lastError });
          else if (status.counts.queued === 0) void engine.stop().then(() => resolve(status));
        },
      });
      engine.start();
    });
    print({ finished: true, ...final.counts });
    return 0;
  } finally {
    db.close();
  }
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    process.stderr.write(
      `push failed: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
