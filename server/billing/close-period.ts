import { closingBalance } from '../../shared/domain/balances.js';
import type { CentralDb } from '../db/connect.js';
import { withSyncWriteLock } from '../sync/write-lock.js';
import { type ChargeDraft, chargeAccount } from './account-charges.js';
import { type AccountServiceFacts, type ChunkFacts, loadChunk, serviceKey } from './load-chunk.js';
import { checkPeriodCanClose } from './period-guard.js';
import { loadPriceBook } from './prices.js';
import { addToSummary, emptySummary, type PeriodCloseSummary } from './summary.js';
import { type BalancedCharge, writeChunk } from './write-chunk.js';

export type { PeriodCloseSummary } from './summary.js';

export interface ClosePeriodRequest {
  regionCode: string;
  /** 'YYYY-MM'. */
  period: string;
  /** The close's clock: decides whether the period has ended, and stamps closed_at. */
  now: Date;
}

/** Accounts read, charged and written per round trip set; memory stays flat for any region. */
const ACCOUNTS_PER_CHUNK = 2_000;

/**
 * Closes a billing period of a region (закрытие расчётного периода): turns the accepted
 * readings into charges for every account-service — by meter, average, normative or area —
 * with per-zone lines, calculated readings where there was no usable one, recalculations of
 * estimated periods, and balances chained from the previous period. Everything happens in ONE
 * transaction under the sync write lock, so devices see the whole period or none of it, and a
 * period closes exactly once (rules: server/billing/README.md).
 * @throws HttpError region_unknown, period_already_closed, period_not_ended,
 *   period_out_of_order, billing_setup_incomplete (nothing is written then).
 */
export async function closePeriod(
  central: CentralDb,
  request: ClosePeriodRequest,
): Promise<PeriodCloseSummary> {
  const { period, now } = request;
  return withSyncWriteLock(central.db, async (trx) => {
    const region = await checkPeriodCanClose(trx, request.regionCode, period, now);
    const book = await loadPriceBook(trx, region.id, period);
    const summary = emptySummary(region.code, period, now);
    const accounts = await trx
      .selectFrom('accounts')
      .select('id')
      .where('region_id', '=', region.id)
      .orderBy('id')
      .execute();
    for (let start = 0; start < accounts.length; start += ACCOUNTS_PER_CHUNK) {
      const ids = accounts.slice(start, start + ACCOUNTS_PER_CHUNK).map((a) => a.id);
      const chunk = await loadChunk(trx, ids, period);
      const charged = groupByAccount(chunk.services).map((services) =>
        chargeAccount(services, chunk, book, period).map((draft) => withBalance(draft, chunk)),
      );
      for (const charges of charged) addToSummary(summary, charges);
      await writeChunk(trx, region.id, period, now, charged.flat());
    }
    await trx
      .insertInto('billing_periods')
      .values({ region_id: region.id, period, status: 'closed', closed_at: now })
      .onConflict((oc) =>
        oc.columns(['region_id', 'period']).doUpdateSet({ status: 'closed', closed_at: now }),
      )
      .execute();
    return summary;
  });
}

/** Runs of services of one account (they come ordered by account): sewerage needs the account's water. */
function groupByAccount(services: readonly AccountServiceFacts[]): AccountServiceFacts[][] {
  const groups: AccountServiceFacts[][] = [];
  for (const service of services) {
    const last = groups.at(-1);
    if (last && last[0]!.accountId === service.accountId) last.push(service);
    else groups.push([service]);
  }
  return groups;
}

/** debt_start from the previous charge, paid from the period's payments, debt_end by the identity. */
function withBalance(draft: ChargeDraft, chunk: ChunkFacts): BalancedCharge {
  const paid = chunk.paid.get(serviceKey(draft.facts.accountId, draft.facts.serviceId)) ?? 0;
  const debtStart = draft.facts.debtStart;
  const { charged, recalculation } = draft;
  const debtEnd = closingBalance({ debtStart, charged, recalculation, paid });
  return { ...draft, debtStart, paid, debtEnd };
}
