import type { Database } from 'better-sqlite3';

import { ACCOUNT_BILLING_PERIODS, type AccountBilling } from '../shared/sync/http.js';
import type { SyncRow } from '../shared/sync/protocol.js';
import { selectList } from './pulled-tables.js';

/** A period before every real one: with no billed period yet, the span is the whole history. */
export const WHOLE_HISTORY = '0000-00';

/**
 * The SQL of each lookup readAccountBilling makes (named parameters @accountId, @from, @limit);
 * exported so EXPLAIN QUERY PLAN tests use them. Orders match the central service's
 * (server/sync/account-billing.ts), so both answer identical arrays.
 */
export const accountBillingQueries = {
  billedPeriods: `SELECT DISTINCT period FROM charges WHERE account_id = @accountId
    ORDER BY period DESC LIMIT @limit`,
  charges: `SELECT ${selectList('charge')} FROM charges
    WHERE account_id = @accountId AND period >= @from ORDER BY period, service_id, id`,
  chargeLines: `SELECT ${selectList('chargeLine', 'l')} FROM charges c
    JOIN charge_lines l ON l.charge_id = c.id
    WHERE c.account_id = @accountId AND c.period >= @from ORDER BY l.charge_id, l.zone, l.id`,
  // The span's readings, then per meter zone the last real reading before the span (the first
  // period's start): calculated ones (average, normative) and rejected ones do not count.
  readings: `SELECT ${selectList('reading', 'r')} FROM meters m
      JOIN readings r ON r.meter_id = m.id
      WHERE m.account_id = @accountId AND r.period >= @from
    UNION ALL
    SELECT ${selectList('reading', 'r')} FROM readings r WHERE r.id IN (
      SELECT (SELECT b.id FROM readings b
              WHERE b.meter_id = z.meter_id AND b.zone = z.zone AND b.period < @from
                AND b.status = 'accepted' AND b.source NOT IN ('average', 'normative')
              ORDER BY b.period DESC, b.entered_at DESC, b.id DESC LIMIT 1)
      FROM (SELECT DISTINCT x.meter_id, x.zone FROM meters m JOIN readings x ON x.meter_id = m.id
            WHERE m.account_id = @accountId) z)
    ORDER BY "meterId", period, zone, "enteredAt", id`,
  payments: `SELECT ${selectList('payment')} FROM payments
    WHERE account_id = @accountId AND period >= @from ORDER BY paid_at, id`,
  requests: `SELECT ${selectList('supportRequest')} FROM support_requests
    WHERE account_id = @accountId ORDER BY created_at, id`,
  replies: `SELECT ${selectList('supportReply', 'p')} FROM support_requests q
    JOIN support_replies p ON p.request_id = q.id
    WHERE q.account_id = @accountId ORDER BY p.request_id, p.created_at, p.id`,
} as const;

/**
 * An account's billing history from the cache: the charges (with their zone lines) of its last
 * 13 billed periods, its meters' readings over that span plus the last real reading of each
 * meter zone before it, its payments over the span, and all its support requests with replies.
 * With no billed period yet, the whole cached history. Same shape and order as the central
 * service's `GET /api/v1/me/accounts/:id/billing`. An account not in the cache gives empty lists.
 */
export function readAccountBilling(db: Database, accountId: number): AccountBilling {
  const q = accountBillingQueries;
  const periods = db
    .prepare(q.billedPeriods)
    .pluck()
    .all({ accountId, limit: ACCOUNT_BILLING_PERIODS }) as string[];
  const span = { accountId, from: periods.at(-1) ?? WHOLE_HISTORY };
  const all = <T>(sql: string, params: object = span) => db.prepare(sql).all(params) as T[];
  return {
    charges: all<SyncRow<'charge'>>(q.charges),
    chargeLines: all<SyncRow<'chargeLine'>>(q.chargeLines),
    readings: all<SyncRow<'reading'>>(q.readings),
    payments: all<SyncRow<'payment'>>(q.payments),
    requests: all<SyncRow<'supportRequest'>>(q.requests, { accountId }),
    replies: all<SyncRow<'supportReply'>>(q.replies, { accountId }),
  };
}
