// i18n keys for a meter's kind and number of tariff zones.
import type { MeterView } from '../../../shared/contract/views.js';

const zoneCountKeys = {
  1: 'meters.zoneCounts.one',
  2: 'meters.zoneCounts.two',
  3: 'meters.zoneCounts.three',
} as const;

export function meterKindKey(meter: Pick<MeterView, 'kind'>): string {
  return `meters.kinds.${meter.kind}`;
}

export function meterZonesKey(meter: Pick<MeterView, 'zones'>): string {
  return zoneCountKeys[meter.zones as 1 | 2 | 3] ?? zoneCountKeys[1];
}
