import type {
  ChargesReport,
  PaymentsReport,
  ReadingsReport,
} from '../../../../shared/contract/report-views.js';
import { chargesBody, chargesPeriodLine, chargesTitle } from './charges-pdf.js';
import { paymentsBody, paymentsTitle, rangeLine } from './payments-pdf.js';
import { kindLine, readingsBody, readingsTitle } from './readings-pdf.js';
import { renderPdf } from './render-pdf.js';
import { type ReportFrame, reportDocument } from './report-document.js';

/** A report as composed for the screen, with what its printed heading needs besides. */
export type PrintableReport =
  | { report: 'payments'; view: PaymentsReport }
  | { report: 'charges'; view: ChargesReport; period: string | null }
  | { report: 'readings'; view: ReadingsReport; serviceName: string | null };

export interface ReportPdf {
  fileName: string;
  contentBase64: string;
}

/**
 * The report as an A4 PDF in Russian (title, account, address, period, table, generation time
 * on the region's clock) and a file name that says what it is, e.g.
 * "История_платежей_ЛС_5600000001_2026-01-01_2026-06-30.pdf".
 */
export async function reportPdf(
  printable: PrintableReport,
  context: { now: Date; timeZone: string },
): Promise<ReportPdf> {
  const { frame, name } = describe(printable, context.timeZone);
  const pdf = await renderPdf(
    reportDocument({ ...frame, generatedAt: context.now, timeZone: context.timeZone }),
  );
  const fileName = `${name.replace(/\s+/g, '_')}_ЛС_${printable.view.number}.pdf`;
  return {
    fileName: fileName.replace(/[\\/:*?"<>|]/g, '-'),
    contentBase64: pdf.toString('base64'),
  };
}

type Described = {
  frame: Omit<ReportFrame, 'generatedAt' | 'timeZone'>;
  name: string;
};

function describe(printable: PrintableReport, timeZone: string): Described {
  const heading = printable.view;
  switch (printable.report) {
    case 'payments':
      return {
        name: `${paymentsTitle} ${printable.view.from} ${printable.view.to}`,
        frame: {
          title: paymentsTitle,
          heading,
          periodLine: rangeLine(printable.view),
          landscape: false,
          body: paymentsBody(printable.view, timeZone),
        },
      };
    case 'charges':
      return {
        name: `${chargesTitle} ${printable.period ?? '6 месяцев'}`,
        frame: {
          title: chargesTitle,
          heading,
          periodLine: chargesPeriodLine(printable.view, printable.period),
          landscape: true,
          body: chargesBody(printable.view),
        },
      };
    case 'readings':
      return {
        name: `${readingsTitle} ${printable.view.from} ${printable.view.to}`,
        frame: {
          title: readingsTitle,
          heading,
          periodLine: `${rangeLine(printable.view)}. ${kindLine(printable.serviceName)}`,
          landscape: true,
          body: readingsBody(printable.view),
        },
      };
  }
}
