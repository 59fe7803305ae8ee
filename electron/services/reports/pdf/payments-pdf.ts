import type { Content } from 'pdfmake/interfaces';

import type { PaymentsReport } from '../../../../shared/contract/report-views.js';
import { dataTable, emptyNote } from './report-document.js';
import { roubles, ruDate, ruDateTime, ruPeriod } from './pdf-text.js';

export const paymentsTitle = 'История платежей';

/** "Период: с 01.01.2026 по 30.06.2026". */
export function rangeLine(report: { from: string; to: string }): string {
  return `Период: с ${ruDate(report.from)} по ${ruDate(report.to)}`;
}

/** The payments table (date, place, service, period paid for, amount) and the total. */
export function paymentsBody(report: PaymentsReport, timeZone: string): Content[] {
  if (report.payments.length === 0) return [emptyNote('За выбранный период платежей нет.')];
  return [
    dataTable({
      headers: [['Дата платежа', 'Место платежа', 'Услуга', 'За период', 'Сумма, руб.']],
      widths: ['auto', '*', '*', 'auto', 'auto'],
      numeric: [4],
      rows: report.payments.map((p) => [
        ruDateTime(new Date(p.paidAt), timeZone),
        p.place,
        p.serviceName ?? 'Все услуги',
        ruPeriod(p.period),
        roubles(p.amount),
      ]),
    }),
    {
      text: `Итого: ${roubles(report.total)} руб.`,
      bold: true,
      alignment: 'right',
      margin: [0, 6, 0, 0],
    },
  ];
}
