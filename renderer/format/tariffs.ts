// Which tariff of a service to show and under which zone name (DOMAIN.md: two-zone T1 day,
// T2 night; three-zone T1 peak, T2 night, T3 semi-peak).
import { formatDecimal } from '../../shared/domain/money.js';

export interface TariffInput {
  zone: 'single' | 'T1' | 'T2' | 'T3';
  price: string;
  validFrom: string;
}

export interface TariffPart {
  /** i18n key of the zone name, or null when the service has one single-rate tariff. */
  labelKey: string | null;
  /** Price with a decimal comma, e.g. "5,66". */
  price: string;
}

const zoneOrder = ['single', 'T1', 'T2', 'T3'] as const;

/** The newest tariff per zone, in zone order, with the zone names the resident knows. */
export function tariffParts(tariffs: readonly TariffInput[]): TariffPart[] {
  const latest = new Map<TariffInput['zone'], TariffInput>();
  for (const tariff of tariffs) {
    const seen = latest.get(tariff.zone);
    if (!seen || tariff.validFrom > seen.validFrom) latest.set(tariff.zone, tariff);
  }
  const zoned = latest.has('T1') || latest.has('T2') || latest.has('T3');
  const scheme = latest.has('T3') ? 'services.threeZone' : 'services.twoZone';
  return zoneOrder.flatMap((zone) => {
    const tariff = latest.get(zone);
    if (!tariff) return [];
    const price = formatDecimal(tariff.price);
    if (zone === 'single') return [{ labelKey: zoned ? 'services.singleRate' : null, price }];
    return [{ labelKey: `${scheme}.${zone}`, price }];
  });
}
