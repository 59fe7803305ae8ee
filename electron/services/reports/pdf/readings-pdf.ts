import type { Content } from 'pdfmake/interfaces';

import type { ReadingsReport } from '../../../../shared/contract/report-views.js';
import { dataTable, emptyNote } from './report-document.js';
import { decimal, meterLabel, ruDate, sourceLabels, statusLabel, zoneLabel } from './pdf-text.js';

export const readingsTitle = 'Показания приборов учета';

/** "Вид: Электроэнергия" (or all kinds) for the period line. */
export function kindLine(serviceName: string | null): string {
  return `Вид: ${serviceName ?? 'все приборы учета'}`;
}

/** The table of Рис. 28 with the zone and the reading's source added. */
export function readingsBody(report: ReadingsReport): Content[] {
  if (report.rows.length === 0) return [emptyNote('За выбранный период показаний нет.')];
  const span = (text: string) => ({ text, rowSpan: 2 });
  return [
    dataTable({
      headers: [
        [
          span('Услуга'),
          span('Прибор учета'),
          span('№ счетчика'),
          span('Зона'),
          { text: 'Показания на начало периода', colSpan: 2, alignment: 'center' },
          '',
          { text: 'Принятые показания', colSpan: 2, alignment: 'center' },
          '',
          span('Статус'),
          span('Ед. изм.'),
          span('Источник'),
        ],
        ['', '', '', '', 'Дата', 'Показание', 'Дата', 'Показание', '', '', ''],
      ],
      widths: ['auto', 'auto', 'auto', 'auto', 'auto', 'auto', 'auto', 'auto', '*', 'auto', 'auto'],
      numeric: [5, 7],
      rows: report.rows.map((row) => [
        row.serviceName,
        meterLabel(row),
        row.serial,
        zoneLabel(row),
        row.start ? ruDate(row.start.date) : '—',
        row.start ? decimal(row.start.value) : '—',
        ruDate(row.entered.date),
        decimal(row.entered.value),
        statusLabel(row),
        row.unit,
        sourceLabels[row.source],
      ]),
    }),
  ];
}
