/** Account balances in integer kopecks: debt (positive) or advance (negative). */

/** The four figures of the notice's balance block, all integer kopecks. */
export interface BalanceFigures {
  /** Debt at the start of the period (negative: an advance). */
  debtStart: number;
  /** Charged for the period. */
  charged: number;
  /** Recalculation (negative reduces the charge). */
  recalculation: number;
  /** Paid during the period. */
  paid: number;
}

/** One service line of a notice: charged and recalculated amounts in kopecks. */
export interface ChargeLine {
  charged: number;
  recalculation: number;
}

function assertKopecks(value: number, what: string): number {
  if (!Number.isSafeInteger(value))
    throw new RangeError(`${what} must be a safe integer of kopecks`);
  return value;
}

/** Sums integer kopecks exactly; throws RangeError on a non-integer or a sum past safe range. */
export function sumKopecks(values: readonly number[]): number {
  let total = 0;
  for (const value of values) total = assertKopecks(total + assertKopecks(value, 'amount'), 'sum');
  return total;
}

/**
 * Debt at the end of the period: debtStart + charged + recalculation − paid.
 * Positive is a debt, negative an advance. Throws RangeError on non-integer kopecks.
 */
export function closingBalance(figures: BalanceFigures): number {
  const { debtStart, charged, recalculation, paid } = figures;
  assertKopecks(paid, 'paid');
  return sumKopecks([debtStart, charged, recalculation, -paid]);
}

/** A line's total to pay: charged + recalculation. */
export function chargeLineTotal(line: ChargeLine): number {
  return sumKopecks([line.charged, line.recalculation]);
}

/** Totals of a notice's service lines: charged, recalculation and their sum. */
export function sumChargeLines(lines: readonly ChargeLine[]): ChargeLine & { total: number } {
  const charged = sumKopecks(lines.map((line) => line.charged));
  const recalculation = sumKopecks(lines.map((line) => line.recalculation));
  return { charged, recalculation, total: sumKopecks([charged, recalculation]) };
}
