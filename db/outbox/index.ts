export { OUTBOX_FILE, openOutbox } from './open-outbox.js';
export {
  bindServerSeq,
  enqueue,
  forgetServerSeq,
  knownServerSeq,
  listOutbox,
  needsServerSeq,
  outboxCounts,
  type OutboxCounts,
  type OutboxEntry,
  type OutboxStatus,
  pending,
  recordResults,
} from './outbox.js';
