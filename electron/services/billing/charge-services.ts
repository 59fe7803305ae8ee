import type { ChargeServiceView } from '../../../shared/contract/billing-views.js';
import type { AccountBilling, AccountBundle } from '../../../shared/sync/http.js';
import type { SyncRow } from '../../../shared/sync/protocol.js';

const zoneOrder = ['single', 'T1', 'T2', 'T3'] as const;

/** The newest period the account has charges for, or null when it has none yet. */
export function latestChargedPeriod(bundle: AccountBundle, billing: AccountBilling): string | null {
  let latest: string | null = null;
  for (const charge of billing.charges) {
    if (charge.accountId === bundle.account.id && (latest === null || charge.period > latest)) {
      latest = charge.period;
    }
  }
  return latest;
}

/**
 * The account's charges for one period, one row per service as "Начисления и платежи" shows them
 * (Рис. 13): tariff, debt (+) or overpayment (−) at the start, paid, volume, charged,
 * recalculation and to pay (the charge's debt at the end), with what explains the amount: the zone
 * lines (readings used, volume, price), the coefficient, the method and why it was not by a meter,
 * and the serial numbers of the account's meters of the service. Ordered by service.
 */
export function composeChargeServices(
  bundle: AccountBundle,
  billing: AccountBilling,
  period: string,
): ChargeServiceView[] {
  const services = new Map(bundle.services.map((s) => [s.id, s]));
  const suppliers = new Map(bundle.suppliers.map((s) => [s.id, s]));
  const linesByCharge = new Map<number, SyncRow<'chargeLine'>[]>();
  for (const line of billing.chargeLines) {
    const list = linesByCharge.get(line.chargeId) ?? [];
    list.push(line);
    linesByCharge.set(line.chargeId, list);
  }
  return billing.charges
    .filter((c) => c.accountId === bundle.account.id && c.period === period)
    .sort((a, b) => a.serviceId - b.serviceId || a.id - b.id)
    .map((charge) => {
      const service = services.get(charge.serviceId);
      const lines = (linesByCharge.get(charge.id) ?? []).sort(
        (a, b) => zoneOrder.indexOf(a.zone) - zoneOrder.indexOf(b.zone),
      );
      return {
        chargeId: charge.id,
        serviceId: charge.serviceId,
        serviceName: service?.name ?? '',
        unit: service?.unit ?? '',
        supplierName: suppliers.get(charge.supplierId)?.name ?? '',
        tariff: charge.tariff,
        debtStart: charge.debtStart,
        paid: charge.paid,
        volume: charge.volume,
        charged: charge.charged,
        recalculation: charge.recalculation,
        toPay: charge.debtEnd,
        coefficient: charge.coefficient,
        method: charge.method,
        reason: charge.reason,
        estimatedStreak: charge.estimatedStreak,
        lines: lines.map((l) => ({
          zone: l.zone,
          readingStart: l.readingStart,
          readingEnd: l.readingEnd,
          volume: l.volume,
          price: l.price,
          amount: l.amount,
        })),
        meterSerials: bundle.meters
          .filter((m) => m.serviceId === charge.serviceId && m.kind === 'individual')
          .map((m) => m.serial),
      };
    });
}
