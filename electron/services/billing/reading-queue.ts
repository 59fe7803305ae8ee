import type { Database } from 'better-sqlite3';

import { type OutboxCounts, outboxCounts } from '../../../db/outbox/outbox.js';
import { enqueueReading, type ReadingEntry } from '../outbox-service.js';

export interface ReadingQueueDeps {
  /** The open outbox, or null before start(). */
  outbox: () => Database | null;
  clock: () => Date;
  /** Pushes at once (the push engine of the current enrolment, if any). */
  kickPush: () => void;
  /** Announces 'outbox.changed' with the number of mutations still waiting. */
  onChanged: (pending: number) => void;
}

export interface ReadingQueue {
  /** Queues a reading durably, kicks a push and announces the change (outbox-service.ts). */
  enqueue(entry: ReadingEntry): { id: string; seq: number; enteredAt: string };
  /** Feed it the push engine's status: announces a change whenever the counts move. */
  pushStatus(status: { counts: OutboxCounts }): void;
}

/**
 * The outbox as the readings service and the push engine share it: screens that show reading
 * statuses refresh on 'outbox.changed', sent after a reading is queued and whenever a push settles
 * results (queued/applied/rejected counts change), never for a status with the same counts.
 */
export function createReadingQueue(deps: ReadingQueueDeps): ReadingQueue {
  let announced = '';
  const announce = (counts: OutboxCounts) => {
    const key = `${counts.queued}/${counts.applied}/${counts.rejected}`;
    if (key === announced) return;
    announced = key;
    deps.onChanged(counts.queued);
  };
  return {
    enqueue(entry) {
      const queued = enqueueReading({ outbox: deps.outbox, clock: deps.clock }, entry);
      deps.kickPush();
      const outbox = deps.outbox();
      if (outbox) announce(outboxCounts(outbox));
      return queued;
    },
    pushStatus: (status) => announce(status.counts),
  };
}
