import type { RequestSubmission } from '../../../db/outbox/requests.js';
import type { RequestView } from '../../../shared/contract/request-views.js';
import { requestTopicSchema } from '../../../shared/contract/request-views.js';
import type { AccountBilling } from '../../../shared/sync/http.js';

type PulledRequest = AccountBilling['requests'][number];
type PulledReply = AccountBilling['replies'][number];

/**
 * The account's requests as "Заявки" lists them, newest first: this device's outbox entries
 * (queued, rejected, or applied but not pulled yet) merged by submission id with the requests the
 * central service knows (from this or any other device, or the web cabinet). A pulled request
 * wins: it carries the server's status, its final number and the replies. Body and contact are
 * null where neither side holds them (kiosks cache none; the outbox forgets them once settled).
 */
export function composeRequestViews(
  accountId: number,
  submissions: RequestSubmission[],
  billing: Pick<AccountBilling, 'requests' | 'replies'>,
): RequestView[] {
  const pulledBySubmission = new Map(
    billing.requests.flatMap((r) => (r.submissionId ? [[r.submissionId, r] as const] : [])),
  );
  const repliesByRequest = new Map<number, PulledReply[]>();
  for (const reply of billing.replies) {
    repliesByRequest.set(reply.requestId, [
      ...(repliesByRequest.get(reply.requestId) ?? []),
      reply,
    ]);
  }
  const views: RequestView[] = [];
  const shown = new Set<number>();
  for (const submission of submissions) {
    const pulled = pulledBySubmission.get(submission.id);
    if (pulled) {
      shown.add(pulled.id);
      views.push(fromPulled(pulled, repliesByRequest, submission));
    } else {
      views.push(fromSubmission(accountId, submission));
    }
  }
  for (const pulled of billing.requests) {
    if (pulled.accountId === accountId && !shown.has(pulled.id)) {
      views.push(fromPulled(pulled, repliesByRequest, null));
    }
  }
  return views.sort(
    (a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt) || b.number.localeCompare(a.number),
  );
}

function fromSubmission(accountId: number, submission: RequestSubmission): RequestView {
  const { payload } = submission;
  return {
    number: payload.number,
    accountId,
    topic: payload.topic,
    body: payload.body,
    contact: payload.contact,
    // Applied but not pulled yet: the server has it as a new request.
    status: submission.status === 'applied' ? 'new' : submission.status,
    reason: submission.reason?.message ?? null,
    createdAt: payload.createdAt,
    renumberedFrom: null,
    replies: [],
  };
}

function fromPulled(
  pulled: PulledRequest,
  repliesByRequest: Map<number, PulledReply[]>,
  submission: RequestSubmission | null,
): RequestView {
  const deviceNumber = submission?.payload.number ?? null;
  return {
    number: pulled.number,
    accountId: pulled.accountId,
    // A topic this version does not know (a newer web cabinet) is shown as "other".
    topic: requestTopicSchema.catch('other').parse(pulled.topic),
    body: pulled.body ?? submission?.payload.body ?? null,
    contact: pulled.contact ?? submission?.payload.contact ?? null,
    status: pulled.status,
    reason: null,
    createdAt: pulled.createdAt,
    renumberedFrom: deviceNumber !== null && deviceNumber !== pulled.number ? deviceNumber : null,
    replies: (repliesByRequest.get(pulled.id) ?? []).map((reply) => ({
      author: reply.author,
      body: reply.body,
      createdAt: reply.createdAt,
    })),
  };
}
