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
export {
  type ReadingSubmission,
  readingSubmissions,
  readingSubmissionsQuery,
} from './reading-submissions.js';
export { forgetSettledRequestText } from './request-retention.js';
export {
  enqueueRequest,
  formatRequestNumber,
  type RequestSubmission,
  requestSubmissions,
} from './requests.js';
