import { randomUUID } from 'node:crypto';
import { acceptReading } from './server/readings/validate.js';
import type { AcceptanceContext } from './server/readings/context.js';
import type { PushMutation } from './shared/sync/push.js';
const context: AcceptanceContext = { meters: new Map(), links: new Set(), previous: new Map(), averageMonthly: new Map(), periods: new Map() };
for (let id = 1; id <= 500; id++) context.meters.set(id, { id, regionId: 1, accountId: id, zones: 1, digitCapacity: 6, fractionDigits: 3, timeZone: 'Asia/Yekaterinburg', window: { fromDay: 15, toDay: 25 } });
const muts: PushMutation[] = [];
for (let i = 0; i < 500; i++) muts.push({ seq: i + 1, id: randomUUID(), kind: 'reading.submit', payload: { meterId: i + 1, userId: null, source: 'counter', enteredAt: new Date(Date.now() + i).toISOString(), values: [{ zone: 'single', value: String(3) }], confirmed: { rollover: false, jump: false } } });
const now = new Date();
for (let round = 0; round < 5; round++) {
  context.previous.clear(); context.periods.clear();
  const t = performance.now();
  for (let k = 0; k < 20; k++) { context.previous.clear(); for (const m of muts) acceptReading(m, { regionId: 1 }, context, now); }
  console.log('10000 acceptReading:', (performance.now() - t).toFixed(1), 'ms');
}
