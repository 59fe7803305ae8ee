import type { ChargesReport } from '../../../shared/contract/report-views.js';
import { sumKopecks } from '../../../shared/domain/balances.js';
import { composeChargeServices } from '../billing/charge-services.js';
import type { ReportAccount } from './report-account.js';

/** "История начислений" reaches back this many billed periods (* За последние шесть месяцев). */
export const CHARGE_HISTORY_PERIODS = 6;

/**
 * "История начислений": the six newest billed periods are the ones offered; `period` picks one
 * of them (null: all six, newest first). Each period lists its services as the charges section
 * explains them (billing/charge-services.ts), with the total to pay. A period outside the six yields no periods.
 */
export function composeChargesReport(account: ReportAccount, period: string | null): ChargesReport {
  const { bundle, billing, heading } = account;
  const billed = new Set(
    billing.charges.filter((c) => c.accountId === bundle.account.id).map((c) => c.period),
  );
  const availablePeriods = [...billed].sort().reverse().slice(0, CHARGE_HISTORY_PERIODS);
  const chosen = period === null ? availablePeriods : availablePeriods.filter((p) => p === period);
  return {
    ...heading,
    availablePeriods,
    periods: chosen.map((p) => {
      const services = composeChargeServices(bundle, billing, p);
      return { period: p, services, total: sumKopecks(services.map((s) => s.toPay)) };
    }),
  };
}
