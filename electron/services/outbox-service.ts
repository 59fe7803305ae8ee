import { randomUUID } from 'node:crypto';

import type { Database } from 'better-sqlite3';

import { enqueue } from '../../db/outbox/outbox.js';
import { AppFailure } from '../../shared/contract/result.js';
import { readingSubmitPayloadSchema, type ReadingSubmitPayload } from '../../shared/sync/push.js';

/** A reading as a handler hands it over; the entry time and UUID are added here. */
export type ReadingEntry = Omit<ReadingSubmitPayload, 'enteredAt'>;

export interface EnqueueReadingDeps {
  /** The open outbox, or null before start(). */
  outbox: () => Database | null;
  clock: () => Date;
  /** Called after the reading is safely queued (main-services kicks a push). */
  onQueued?: () => void;
}

/**
 * Queues a meter reading for the central service, online or offline alike. It is durable once
 * this returns: the outbox file is written with synchronous=FULL. The central service checks it
 * again and answers applied or rejected with a reason, which listOutbox shows later.
 * @throws AppFailure invalid_input for a malformed entry, internal before start().
 */
export function enqueueReading(
  deps: EnqueueReadingDeps,
  entry: ReadingEntry,
): { id: string; seq: number; enteredAt: string } {
  const db = deps.outbox();
  if (!db) throw new AppFailure('internal', 'the outbox is not open');
  const enteredAt = deps.clock().toISOString();
  const parsed = readingSubmitPayloadSchema.safeParse({ ...entry, enteredAt });
  if (!parsed.success) throw new AppFailure('invalid_input', 'malformed reading');
  const id = randomUUID();
  const seq = enqueue(db, { id, kind: 'reading.submit', payload: parsed.data }, deps.clock());
  deps.onQueued?.();
  return { id, seq, enteredAt };
}
