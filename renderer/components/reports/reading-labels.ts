// What the readings report says about a row: the meter (Рис. 28), the zone, status and source.
import type { ReadingsReport } from '../../../shared/contract/report-views.js';

export type ReadingRow = ReadingsReport['rows'][number];

const zoneCountKeys: Record<number, string> = {
  1: 'reports.readings.zoneCounts.one',
  2: 'reports.readings.zoneCounts.two',
  3: 'reports.readings.zoneCounts.three',
};

/** i18n keys of "индивидуальный" and "Однотарифный". */
export function meterKeys(row: Pick<ReadingRow, 'kind' | 'zones'>): [string, string] {
  return [`reports.readings.kinds.${row.kind}`, zoneCountKeys[row.zones] ?? zoneCountKeys[1]!];
}

/** The zone's name key ("Т1 (пик)"), null on a single-rate meter. */
export function zoneKey(row: Pick<ReadingRow, 'zone' | 'zones'>): string | null {
  if (row.zone === 'single') return null;
  return `services.${row.zones === 3 ? 'threeZone' : 'twoZone'}.${row.zone}`;
}

/**
 * The status as the manual words it: "Успешно" for an accepted reading someone took, but
 * "Рассчитано" for a calculated one, so it is never taken for a reading that was sent.
 */
export function statusKey(row: Pick<ReadingRow, 'status' | 'source' | 'reason'>): string {
  if (row.status === 'queued') return 'reports.readings.statuses.queued';
  if (row.status === 'rejected')
    return row.reason
      ? 'reports.readings.statuses.rejectedBecause'
      : 'reports.readings.statuses.rejected';
  return row.source === 'average' || row.source === 'normative'
    ? 'reports.readings.statuses.calculated'
    : 'reports.readings.statuses.accepted';
}

export function sourceKey(row: Pick<ReadingRow, 'source'>): string {
  return `reports.readings.sources.${row.source}`;
}
