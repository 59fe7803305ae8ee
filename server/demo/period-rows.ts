import type { SqlValue } from './bulk/writers.js';
import { localTimestamp, nextPeriod } from './calendar.js';
import type { DemoCatalog } from './catalog/catalog.js';
import type { ServiceCode } from './catalog/services.js';
import type { DemoTable } from './rows.js';

/**
 * The norms of every region (per resident; heating per m² of area; waste one person each), valid
 * from `validFrom`, and the history's billing periods, closed the night after each ends.
 */
export function periodRows(
  catalog: DemoCatalog,
  periods: readonly string[],
  validFrom: string,
): Pick<Record<DemoTable, SqlValue[][]>, 'normatives' | 'billing_periods'> {
  const normatives: SqlValue[][] = [];
  const billingPeriods: SqlValue[][] = [];
  catalog.regions.forEach((region, r) => {
    const norm = (code: ServiceCode, perResident: string, perSquareMetre: string | null) =>
      normatives.push([r + 1, catalog.serviceId(r, code), perResident, perSquareMetre, validFrom]);
    norm('electricity', region.norms.electricity, null);
    norm('cold_water', region.norms.cold_water, null);
    norm('hot_water', region.norms.hot_water, null);
    norm('heating', '0', region.norms.heatingPerSquareMetre);
    norm('waste', '1', null);
    for (const period of periods) {
      billingPeriods.push([
        r + 1,
        period,
        'closed',
        localTimestamp(`${nextPeriod(period)}-01`, 3, 0),
      ]);
    }
  });
  return { normatives, billing_periods: billingPeriods };
}
