import type { Kysely, Transaction } from 'kysely';

import type { Database } from '../db/schema.js';
import { HttpError } from '../http/errors.js';
import { withSyncWriteLock } from '../sync/write-lock.js';
import type { AdminReplyBody, AdminRequest, ServerRequestStatus } from './admin-http.js';

type Db = Kysely<Database> | Transaction<Database>;

export interface RequestFilter {
  id?: number | undefined;
  number?: string | undefined;
  status?: ServerRequestStatus | undefined;
  limit: number;
}

const requestColumns = [
  'id',
  'number',
  'region_id',
  'account_id',
  'submission_id',
  'source',
  'topic',
  'body',
  'contact',
  'status',
  'created_at',
  'updated_at',
] as const;

/**
 * Support requests for operators, newest first, each with its replies (oldest first).
 * @param filter an id, an exact number and/or a status; at most `limit` requests.
 */
export async function listRequests(db: Db, filter: RequestFilter): Promise<AdminRequest[]> {
  let query = db.selectFrom('support_requests').select(requestColumns);
  if (filter.id !== undefined) query = query.where('id', '=', filter.id);
  if (filter.number !== undefined) query = query.where('number', '=', filter.number);
  if (filter.status !== undefined) query = query.where('status', '=', filter.status);
  const rows = await query
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(filter.limit)
    .execute();
  if (rows.length === 0) return [];
  const replies = await db
    .selectFrom('support_request_replies')
    .select(['id', 'request_id', 'author', 'body', 'created_at'])
    .where(
      'request_id',
      'in',
      rows.map((row) => row.id),
    )
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    number: row.number,
    regionId: row.region_id,
    accountId: row.account_id,
    submissionId: row.submission_id,
    source: row.source,
    topic: row.topic,
    body: row.body,
    contact: row.contact,
    status: row.status,
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
    replies: replies
      .filter((reply) => reply.request_id === row.id)
      .map((reply) => ({
        id: reply.id,
        author: reply.author,
        body: reply.body,
        createdAt: new Date(reply.created_at).toISOString(),
      })),
  }));
}

/**
 * Adds an operator's reply and sets the request's status, in one transaction under the sync
 * write lock (both tables are pulled: the reply and the new status reach devices by sync).
 * @throws HttpError not_found (404) for an unknown request.
 */
export function addReply(
  db: Kysely<Database>,
  now: Date,
  requestId: number,
  reply: AdminReplyBody,
): Promise<AdminRequest> {
  return withSyncWriteLock(db, async (trx) => {
    const regionId = await lockRequest(trx, requestId);
    await trx
      .insertInto('support_request_replies')
      .values({
        region_id: regionId,
        request_id: requestId,
        author: reply.author.trim(),
        body: reply.body.trim(),
        created_at: now,
      })
      .execute();
    await trx
      .updateTable('support_requests')
      .set({ status: reply.status, updated_at: now })
      .where('id', '=', requestId)
      .execute();
    return (await listRequestById(trx, requestId))!;
  });
}

/**
 * Sets a request's status (e.g. 'in_progress', 'closed') under the sync write lock.
 * @throws HttpError not_found (404) for an unknown request.
 */
export function setRequestStatus(
  db: Kysely<Database>,
  now: Date,
  requestId: number,
  status: ServerRequestStatus,
): Promise<AdminRequest> {
  return withSyncWriteLock(db, async (trx) => {
    await lockRequest(trx, requestId);
    await trx
      .updateTable('support_requests')
      .set({ status, updated_at: now })
      .where('id', '=', requestId)
      .execute();
    return (await listRequestById(trx, requestId))!;
  });
}

async function lockRequest(trx: Transaction<Database>, requestId: number): Promise<number> {
  const row = await trx
    .selectFrom('support_requests')
    .select('region_id')
    .where('id', '=', requestId)
    .forUpdate()
    .executeTakeFirst();
  if (!row)
    throw new HttpError(404, 'not_found', 'Заявка не найдена. Проверьте её номер в списке заявок.');
  return row.region_id;
}

async function listRequestById(db: Db, requestId: number): Promise<AdminRequest | undefined> {
  const [request] = await listRequests(db, { id: requestId, limit: 1 });
  return request;
}
