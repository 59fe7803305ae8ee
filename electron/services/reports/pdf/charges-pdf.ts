import type { Content } from 'pdfmake/interfaces';

import type { ChargeServiceView } from '../../../../shared/contract/billing-views.js';
import type { ChargesReport } from '../../../../shared/contract/report-views.js';
import { dataTable, emptyNote } from './report-document.js';
import { decimal, roubles, ruPeriod } from './pdf-text.js';

export const chargesTitle = 'История начислений';

const methodNotes: Record<ChargeServiceView['method'], string> = {
  meter: '',
  average: 'по среднему',
  normative: 'по нормативу',
  area: 'по площади',
};

/** "Период: Июль 2026", or the six months offered when all of them are asked. */
export function chargesPeriodLine(report: ChargesReport, period: string | null): string {
  if (period !== null) return `Период: ${ruPeriod(period)}`;
  const shown = report.availablePeriods;
  if (shown.length === 0) return 'Период: последние шесть месяцев';
  return `Период: последние шесть месяцев (${ruPeriod(shown.at(-1)!)} – ${ruPeriod(shown[0]!)})`;
}

/** Per period, newest first: the charges table of Рис. 13 and "Итого". */
export function chargesBody(report: ChargesReport): Content[] {
  if (report.periods.length === 0) return [emptyNote('За выбранный период начислений нет.')];
  // A period's heading, table and total stay on one page (six services fit easily).
  return report.periods.map((period): Content => ({
    unbreakable: true,
    stack: [
      { text: ruPeriod(period.period), bold: true, fontSize: 11, margin: [0, 8, 0, 4] },
      period.services.length === 0
        ? emptyNote('Начислений нет.')
        : dataTable({
            headers: [
              [
                'Услуга',
                'Тариф, руб.',
                'Долг / переплата (+/-), руб.',
                'Оплачено, руб.',
                'Объем потребления',
                'Начислено, руб.',
                'Перерасчет, руб.',
                'К оплате, руб.',
              ],
            ],
            widths: ['*', 'auto', 'auto', 'auto', 'auto', 'auto', 'auto', 'auto'],
            numeric: [1, 2, 3, 4, 5, 6, 7],
            rows: period.services.map((s) => [
              methodNotes[s.method] ? `${s.serviceName} (${methodNotes[s.method]})` : s.serviceName,
              decimal(s.tariff),
              roubles(s.debtStart),
              roubles(s.paid),
              `${decimal(s.volume)} ${s.unit}`,
              roubles(s.charged),
              roubles(s.recalculation),
              roubles(s.toPay),
            ]),
          }),
      {
        text: `Итого: ${roubles(period.total)} руб.`,
        bold: true,
        alignment: 'right',
        margin: [0, 4, 0, 0],
      },
    ],
  }));
}
