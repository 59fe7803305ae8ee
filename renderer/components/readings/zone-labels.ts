// i18n keys for a meter's zones (DOMAIN.md: two-zone T1 day 07–23, T2 night 23–07; three-zone
// T1 peak 07–10 and 17–21, T2 night 23–07, T3 semi-peak 10–17 and 21–23) and its description.
import type { MeterZone } from '../../../shared/domain/readings.js';

const schemes: Record<number, string> = { 2: 'two', 3: 'three' };
const zoneCounts: Record<number, string> = { 1: 'one', 2: 'two', 3: 'three' };

/** "Т1 пик" and the like; null for a single-rate register, which needs no name. */
export function zoneLabelKey(zones: number, zone: MeterZone): string | null {
  const scheme = schemes[zones];
  return scheme && zone !== 'single' ? `readings.zones.${scheme}.${zone}` : null;
}

/** The hours a zone covers, for the hint under its input; null for a single-rate register. */
export function zoneHoursKey(zones: number, zone: MeterZone): string | null {
  const scheme = schemes[zones];
  return scheme && zone !== 'single' ? `readings.hours.${scheme}.${zone}` : null;
}

/** "Однотарифный" / "Двухтарифный" / "Трехтарифный". */
export function zoneCountKey(zones: number): string {
  return `readings.zoneCounts.${zoneCounts[zones] ?? 'one'}`;
}
