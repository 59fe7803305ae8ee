// Which tariff of a service to show and under which zone name (DOMAIN.md: two-zone T1 day,
// T2 night; three-zone T1 peak, T2 night, T3 semi-peak). The scheme is the tariff's zoneCount,
// the zone count of the meters its price applies to.
import { formatDecimal } from '../../shared/domain/money.js';

export interface TariffInput {
  zoneCount: number;
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
const schemeKeys: Record<number, string> = { 2: 'services.twoZone', 3: 'services.threeZone' };

/**
 * The newest tariff per scheme and zone, in scheme then zone order, with the zone names the
 * resident knows. A single-rate price is bare unless another scheme is shown beside it.
 */
export function tariffParts(tariffs: readonly TariffInput[]): TariffPart[] {
  const latest = new Map<string, TariffInput>();
  for (const tariff of tariffs) {
    const key = `${tariff.zoneCount}|${tariff.zone}`;
    const seen = latest.get(key);
    if (!seen || tariff.validFrom > seen.validFrom) latest.set(key, tariff);
  }
  const shown = [...latest.values()].sort(
    (a, b) => a.zoneCount - b.zoneCount || zoneOrder.indexOf(a.zone) - zoneOrder.indexOf(b.zone),
  );
  const zoned = shown.some((tariff) => tariff.zoneCount > 1);
  return shown.map((tariff) => {
    const price = formatDecimal(tariff.price);
    const scheme = schemeKeys[tariff.zoneCount];
    if (!scheme) return { labelKey: zoned ? 'services.singleRate' : null, price };
    return { labelKey: `${scheme}.${tariff.zone}`, price };
  });
}
