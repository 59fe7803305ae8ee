import type { ChargeMethod } from './service-rules.js';
import type { BalancedCharge } from './write-chunk.js';

/** What a period close did, for the CLI, the admin endpoint and the log. All money in kopecks. */
export interface PeriodCloseSummary {
  regionCode: string;
  period: string;
  closedAt: string;
  /** Accounts charged. */
  accounts: number;
  /** Charges written, by how they were measured. */
  charges: Record<ChargeMethod, number> & { total: number };
  /** Charges by real readings that corrected earlier estimated periods, and the sum of the corrections. */
  recalculations: { count: number; kopecks: number };
  /** Readings by average or normative written for meters without a usable reading. */
  calculatedReadings: number;
  totals: {
    debtStart: number;
    charged: number;
    recalculation: number;
    paid: number;
    debtEnd: number;
  };
}

export function emptySummary(
  regionCode: string,
  period: string,
  closedAt: Date,
): PeriodCloseSummary {
  return {
    regionCode,
    period,
    closedAt: closedAt.toISOString(),
    accounts: 0,
    charges: { meter: 0, average: 0, normative: 0, area: 0, total: 0 },
    recalculations: { count: 0, kopecks: 0 },
    calculatedReadings: 0,
    totals: { debtStart: 0, charged: 0, recalculation: 0, paid: 0, debtEnd: 0 },
  };
}

/** Adds one account's charges to the summary. */
export function addToSummary(
  summary: PeriodCloseSummary,
  charges: readonly BalancedCharge[],
): void {
  if (charges.length > 0) summary.accounts += 1;
  for (const c of charges) {
    summary.charges[c.method] += 1;
    summary.charges.total += 1;
    if (c.recalculation !== 0) {
      summary.recalculations.count += 1;
      summary.recalculations.kopecks += c.recalculation;
    }
    summary.calculatedReadings += c.calculated.length;
    summary.totals.debtStart += c.debtStart;
    summary.totals.charged += c.charged;
    summary.totals.recalculation += c.recalculation;
    summary.totals.paid += c.paid;
    summary.totals.debtEnd += c.debtEnd;
  }
}
