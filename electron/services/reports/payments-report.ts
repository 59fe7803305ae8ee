import type { PaymentsReport } from '../../../shared/contract/report-views.js';
import { sumKopecks } from '../../../shared/domain/balances.js';
import { type DayRange, inRange, type ReportAccount, regionDay } from './report-account.js';

/**
 * "История платежей": the account's payments made within the range (days of the region's
 * calendar), newest first, with the place, amount, service (null for a payment to the whole
 * account) and the period it paid for, and their total.
 */
export function composePaymentsReport(account: ReportAccount, range: DayRange): PaymentsReport {
  const { bundle, billing, heading } = account;
  const timeZone = bundle.region.timeZone;
  const serviceNames = new Map(bundle.services.map((s) => [s.id, s.name]));
  const payments = billing.payments
    .filter((p) => p.accountId === bundle.account.id)
    .filter((p) => inRange(regionDay(p.paidAt, timeZone), range))
    .sort((a, b) => compareInstants(b.paidAt, a.paidAt) || b.id - a.id)
    .map((p) => ({
      paymentId: p.id,
      paidAt: p.paidAt,
      place: p.place,
      amount: p.amount,
      serviceName: p.serviceId === null ? null : (serviceNames.get(p.serviceId) ?? null),
      period: p.period,
    }));
  return {
    ...heading,
    from: range.from,
    to: range.to,
    payments,
    total: sumKopecks(payments.map((p) => p.amount)),
  };
}

/** Orders ISO instants by time even when their offsets differ. */
export function compareInstants(a: string, b: string): number {
  const diff = Date.parse(a) - Date.parse(b);
  return Number.isNaN(diff) ? a.localeCompare(b) : diff;
}
