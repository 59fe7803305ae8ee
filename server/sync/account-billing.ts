import { type Kysely, type Selectable, sql } from 'kysely';

import { ACCOUNT_BILLING_PERIODS, type AccountBilling } from '../../shared/sync/http.js';
import type { Database } from '../db/schema.js';
import * as billing from './billing-rows.js';
import { requireLinkedAccount } from './linked-account.js';

/** A period before every real one: with no billed period yet, the span is the whole history. */
const WHOLE_HISTORY = '0000-00';

/** The account's last 13 billed periods, newest first (index-only on charges_account_period). */
export const billedPeriodsQuery = (accountId: number) =>
  sql<{ period: string }>`SELECT DISTINCT period FROM charges WHERE account_id = ${accountId}
    ORDER BY period DESC LIMIT ${ACCOUNT_BILLING_PERIODS}`;

/**
 * The queries of an account's billing history from `from` (a period) on; exported so EXPLAIN
 * tests use them. Orders match the device cache's (db/account-billing.ts): zones compare
 * bytewise (COLLATE "C", as SQLite does), so both answer identical arrays.
 */
export function accountBillingQueries(db: Kysely<Database>, accountId: number, from: string) {
  return {
    charges: db
      .selectFrom('charges')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('period', '>=', from)
      .orderBy('period')
      .orderBy('service_id')
      .orderBy('id'),
    chargeLines: db
      .selectFrom('charge_lines as l')
      .innerJoin('charges as c', 'c.id', 'l.charge_id')
      .selectAll('l')
      .where('c.account_id', '=', accountId)
      .where('c.period', '>=', from)
      .orderBy('l.charge_id')
      .orderBy(sql`l.zone COLLATE "C"`)
      .orderBy('l.id'),
    // The span's readings, then per meter zone the last real reading before the span (the
    // first period's start): calculated (average, normative) and rejected ones do not count.
    readings: sql<Selectable<Database['readings']>>`SELECT * FROM (
        (SELECT r.* FROM readings r JOIN meters m ON m.id = r.meter_id
          WHERE m.account_id = ${accountId} AND r.period >= ${from})
        UNION ALL
        (SELECT DISTINCT ON (r.meter_id, r.zone) r.* FROM readings r
          JOIN meters m ON m.id = r.meter_id
          WHERE m.account_id = ${accountId} AND r.period < ${from} AND r.status = 'accepted'
            AND r.source NOT IN ('average', 'normative')
          ORDER BY r.meter_id, r.zone, r.period DESC, r.entered_at DESC, r.id DESC)) AS span
      ORDER BY meter_id, period, zone COLLATE "C", entered_at, id`,
    payments: db
      .selectFrom('payments')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('period', '>=', from)
      .orderBy('paid_at')
      .orderBy('id'),
    requests: db
      .selectFrom('support_requests')
      .selectAll()
      .where('account_id', '=', accountId)
      .orderBy('created_at')
      .orderBy('id'),
    replies: db
      .selectFrom('support_request_replies as p')
      .innerJoin('support_requests as q', 'q.id', 'p.request_id')
      .selectAll('p')
      .where('q.account_id', '=', accountId)
      .orderBy('p.request_id')
      .orderBy('p.created_at')
      .orderBy('p.id'),
  };
}

/**
 * The billing history of one account linked to the signed-in resident, in any region: the
 * charges (with zone lines) of its last 13 billed periods, its meters' readings over that span
 * plus the last real reading of each meter zone before it, its payments over the span, and its
 * support requests with replies (text and contact included: it is the resident's own session).
 * Read in one snapshot. Same shape and order as the device cache's `readAccountBilling`.
 * @throws HttpError not_found (404) when the account is not linked to `userId`.
 */
export async function loadAccountBilling(
  db: Kysely<Database>,
  userId: number,
  accountId: number,
): Promise<AccountBilling> {
  await requireLinkedAccount(db, userId, accountId);
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (trx) => {
      const periods = await billedPeriodsQuery(accountId).execute(trx);
      const from = periods.rows.at(-1)?.period ?? WHOLE_HISTORY;
      const q = accountBillingQueries(trx, accountId, from);
      return {
        charges: (await q.charges.execute()).map(billing.toChargeRow),
        chargeLines: (await q.chargeLines.execute()).map(billing.toChargeLineRow),
        readings: (await q.readings.execute(trx)).rows.map(billing.toReadingRow),
        payments: (await q.payments.execute()).map(billing.toPaymentRow),
        requests: (await q.requests.execute()).map((r) => billing.toSupportRequestRow(r, 'owner')),
        replies: (await q.replies.execute()).map(billing.toSupportReplyRow),
      };
    });
}
