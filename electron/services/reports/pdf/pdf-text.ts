// Russian wording and number formats of the printed reports (the screen has its own in locales/).
import type { ReadingsReport } from '../../../../shared/contract/report-views.js';
import { localDate } from '../../../../shared/domain/dates.js';
import { formatDecimal, formatKopecks } from '../../../../shared/domain/money.js';
import { parsePeriod } from '../../../../shared/domain/periods.js';

type ReadingRow = ReadingsReport['rows'][number];

const months = [
  'Январь',
  'Февраль',
  'Март',
  'Апрель',
  'Май',
  'Июнь',
  'Июль',
  'Август',
  'Сентябрь',
  'Октябрь',
  'Ноябрь',
  'Декабрь',
];

/** "2026-03-01" → "01.03.2026". */
export function ruDate(isoDate: string): string {
  const [y, m, d] = isoDate.slice(0, 10).split('-');
  return `${d}.${m}.${y}`;
}

/** An instant as "24.11.2026 14:05" on the region's wall clock. */
export function ruDateTime(instant: Date, timeZone: string): string {
  const time = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(instant);
  return `${ruDate(localDate(instant, timeZone))} ${time}`;
}

/** "2026-07" → "Июль 2026". */
export function ruPeriod(period: string): string {
  const { year, month } = parsePeriod(period);
  return `${months[month - 1]} ${year}`;
}

/** Kopecks as roubles: 123456 → "1 234,56". */
export const roubles = formatKopecks;
export const decimal = formatDecimal;

export const sourceLabels: Record<ReadingRow['source'], string> = {
  cabinet: 'Житель в личном кабинете',
  kiosk: 'Житель в киоске',
  counter: 'Сотрудник на стойке',
  automatic: 'Автоматически',
  average: 'Расчёт по среднему',
  normative: 'По нормативу',
};

const zoneCountLabels: Record<number, string> = {
  1: 'Однотарифный',
  2: 'Двухтарифный',
  3: 'Трехтарифный',
};
const twoZone: Record<string, string> = { T1: 'Т1 (день)', T2: 'Т2 (ночь)' };
const threeZone: Record<string, string> = { T1: 'Т1 (пик)', T2: 'Т2 (ночь)', T3: 'Т3 (полупик)' };

/** "индивидуальный Однотарифный", as in Рис. 28. */
export function meterLabel(row: Pick<ReadingRow, 'kind' | 'zones'>): string {
  const kind = row.kind === 'individual' ? 'индивидуальный' : 'общедомовой';
  return `${kind} ${zoneCountLabels[row.zones] ?? ''}`.trim();
}

/** The zone's name on a multi-zone meter ("Т1 (день)"), empty for a single-rate one. */
export function zoneLabel(row: Pick<ReadingRow, 'zone' | 'zones'>): string {
  if (row.zone === 'single') return '';
  return (row.zones === 3 ? threeZone : twoZone)[row.zone] ?? row.zone;
}

/**
 * "Успешно" (the manual's word) for an accepted reading someone took, "Рассчитано" for a
 * calculated one (never passed off as sent), "Ожидает отправки", "Отклонено: <reason>".
 */
export function statusLabel(row: Pick<ReadingRow, 'status' | 'reason' | 'source'>): string {
  if (row.status === 'accepted')
    return row.source === 'average' || row.source === 'normative' ? 'Рассчитано' : 'Успешно';
  if (row.status === 'queued') return 'Ожидает отправки';
  return row.reason ? `Отклонено: ${row.reason}` : 'Отклонено';
}
