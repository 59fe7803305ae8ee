import type { LineDraft } from '../../billing/charge-lines.js';
import type { DemoAccount } from '../accounts.js';
import type { DemoCatalog } from '../catalog/catalog.js';
import { REGIONS } from '../catalog/regions.js';
import { SERVICES } from '../catalog/services.js';
import { chargeKopecks } from '../../../shared/domain/charges.js';
import type { DemoMeter } from '../meters.js';
import { Rng } from '../prng.js';
import { type MeteredPeriod, type ReadingRow, simulateMeter } from './meter-history.js';
import { openingDebt, payerHabit, paymentAmount, paymentVisit } from './payer.js';
import {
  heatingLine,
  type LineContext,
  meteredLine,
  type ServiceLine,
  sewerageLine,
  unmeteredWaterLine,
  wasteLine,
} from './service-lines.js';

export interface ChargeRow {
  accountId: number;
  regionId: number;
  serviceId: number;
  supplierId: number;
  period: string;
  method: ServiceLine['method'];
  volume: string;
  tariff: string;
  coefficient: string;
  reason: ServiceLine['reason'];
  estimatedStreak: number | null;
  /** Per-zone lines of a metered service (empty otherwise). */
  lines: LineDraft[];
  debtStart: number;
  charged: number;
  recalculation: number;
  paid: number;
  debtEnd: number;
}

export interface PaymentRow {
  accountId: number;
  regionId: number;
  serviceId: number;
  period: string;
  paidAt: string;
  amount: number;
  place: string;
}

export interface AccountHistory {
  readings: ReadingRow[];
  charges: ChargeRow[];
  payments: PaymentRow[];
}

type Simulated = { meter: DemoMeter; periods: MeteredPeriod[] };

/**
 * An account's billing history over `periods`: readings of every meter, one charge per service
 * and period, and payments. Balances chain: a period's debt at the start is the previous
 * period's debt at the end, and debt_end = debt_start + charged + recalculation − paid.
 */
export function accountHistory(
  account: DemoAccount,
  catalog: DemoCatalog,
  periods: readonly string[],
): AccountHistory {
  const rng = new Rng(account.streamSeed, 0x415);
  const norms = REGIONS[account.regionIndex]!.norms;
  const readings: ReadingRow[] = [];
  const simulated = new Map<string, Simulated>();
  for (const meter of account.meters) {
    const norm = meter.kind === 'common' ? '0' : norms[meter.service];
    const run = simulateMeter(rng, meter, account.residents, norm, periods, account.streamSeed);
    readings.push(...run.readings);
    if (meter.kind === 'individual') simulated.set(meter.service, { meter, periods: run.periods });
  }

  const habit = payerHabit(rng);
  const debts = SERVICES.map(() => openingDebt(rng, habit));
  const charges: ChargeRow[] = [];
  const payments: PaymentRow[] = [];
  periods.forEach((period, p) => {
    const ctx: LineContext = {
      catalog,
      regionIndex: account.regionIndex,
      period,
      residents: account.residents,
      area: account.area,
    };
    const water = (service: 'cold_water' | 'hot_water') => {
      const sim = simulated.get(service);
      return sim
        ? meteredLine(ctx, service, sim.meter, sim.periods[p]!)
        : unmeteredWaterLine(ctx, service, norms[service]);
    };
    const electricity = simulated.get('electricity')!;
    const cold = water('cold_water');
    const hot = water('hot_water');
    const lines = [
      meteredLine(ctx, 'electricity', electricity.meter, electricity.periods[p]!),
      cold,
      hot,
      sewerageLine(ctx, cold, hot),
      heatingLine(ctx, norms.heatingPerSquareMetre),
      wasteLine(ctx),
    ];
    const visit = paymentVisit(rng, habit, period);
    lines.forEach((line, s) => {
      const serviceId = catalog.serviceId(account.regionIndex, line.service);
      const debtStart = debts[s] ?? 0;
      const charged = line.charged ?? chargeKopecks(line.volume, line.tariff, line.coefficient);
      const recalculation = rng.chance(2) ? -Math.floor((charged * rng.int(10, 50)) / 100) : 0;
      const paid = visit ? paymentAmount(rng, debtStart, visit.full) : 0;
      const debtEnd = debtStart + charged + recalculation - paid;
      debts[s] = debtEnd;
      charges.push({
        accountId: account.id,
        regionId: account.regionIndex + 1,
        serviceId,
        supplierId: catalog.serviceSupplierId(account.regionIndex, line.service),
        period,
        method: line.method,
        volume: line.volume,
        tariff: line.tariff,
        coefficient: line.coefficient,
        reason: line.reason,
        estimatedStreak: line.streak,
        lines: line.lines,
        debtStart,
        charged,
        recalculation,
        paid,
        debtEnd,
      });
      if (visit && paid > 0) {
        payments.push({
          accountId: account.id,
          regionId: account.regionIndex + 1,
          serviceId,
          period,
          paidAt: visit.paidAt,
          amount: paid,
          place: visit.place,
        });
      }
    });
  });
  return { readings, charges, payments };
}
