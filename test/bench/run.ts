/**
 * `npm run bench [-- --only sync|push|sign-in] [--accounts N] [--page N] [--readings N] [--batch N]
 * [--rate N] [--seconds N] [--clients N]`: runs the benchmarks and prints
 * figures and ratios. Benchmarks are not tests: nothing here fails on a slow machine.
 */
import { parseArgs } from 'node:util';

import { DEFAULT_PUSH_BATCH } from '../../electron/services/push-run.js';
import { DEFAULT_PAGE_LIMITS } from '../../electron/services/sync-run.js';

import { benchPush } from './push.js';
import { benchSignIn } from './sign-in.js';
import { benchSync } from './sync-1m.js';

const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    accounts: { type: 'string', default: '1000000' },
    page: { type: 'string', default: String(DEFAULT_PAGE_LIMITS.initial) },
    readings: { type: 'string', default: '10000' },
    batch: { type: 'string', default: String(DEFAULT_PUSH_BATCH) },
    rate: { type: 'string', default: '20' },
    seconds: { type: 'string', default: '15' },
    clients: { type: 'string', default: '8' },
  },
});

const benches: Record<string, () => Promise<void>> = {
  sync: () => benchSync(Number(values.accounts), Number(values.page)),
  push: () => benchPush(Number(values.readings), 2000, Number(values.batch)),
  'sign-in': () => benchSignIn(Number(values.rate), Number(values.seconds), Number(values.clients)),
};

for (const [name, run] of Object.entries(benches)) {
  if (values.only && values.only !== name) continue;
  console.log(`\n## ${name}`);
  await run();
}
