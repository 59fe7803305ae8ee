import type { Database } from 'better-sqlite3';

import { outboxCounts } from '../../db/outbox/outbox.js';
import type { EventName, EventPayload } from '../../shared/contract/methods.js';
import { createChargesService } from './billing/charges.js';
import { createReadingQueue } from './billing/reading-queue.js';
import { createReadingsService } from './billing/readings.js';
import type { PushingLink } from './push-link.js';
import { createReportsService } from './reports/reports.js';
import { createRequestsService } from './requests/requests.js';
import type { SessionService } from './session.js';

export interface BillingRuntime {
  db: () => Database | null;
  outbox: () => Database | null;
  link: () => PushingLink | null;
  session: SessionService;
  clock: () => Date;
  emit: <E extends EventName>(event: E, payload: EventPayload<E>) => void;
}

/**
 * The services of issue 3's sections (charges, readings, reports, requests) over one account-data
 * source and one outbox: queueing a reading or a request kicks a push and announces 'outbox.changed'.
 */
export function createBillingServices(rt: BillingRuntime) {
  const client = () => rt.link()?.client() ?? null;
  const accountData = { db: rt.db, session: rt.session, client };
  const kickPush = () => rt.link()?.kickPush();
  const readingQueue = createReadingQueue({
    outbox: rt.outbox,
    clock: rt.clock,
    kickPush,
    onChanged: (pending) => rt.emit('outbox.changed', { pending }),
  });
  const withOutbox = { ...accountData, outbox: rt.outbox, clock: rt.clock };
  return {
    readingQueue,
    charges: createChargesService(accountData),
    readings: createReadingsService({
      ...withOutbox,
      profile: () => rt.link()?.config()?.profile ?? null,
      enqueue: readingQueue.enqueue,
    }),
    reports: createReportsService(withOutbox),
    requests: createRequestsService({
      ...withOutbox,
      device: () => rt.link()?.config() ?? null,
      afterQueued: () => {
        kickPush();
        const outbox = rt.outbox();
        if (outbox) readingQueue.pushStatus({ counts: outboxCounts(outbox) });
      },
    }),
  };
}
