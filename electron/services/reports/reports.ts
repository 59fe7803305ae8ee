import type { Database } from 'better-sqlite3';
import type { z } from 'zod';

import { readingSubmissions } from '../../../db/outbox/reading-submissions.js';
import type { Methods } from '../../../shared/contract/methods.js';
import type {
  ChargesReport,
  ConsumptionChart,
  PaymentsReport,
  ReadingsReport,
} from '../../../shared/contract/report-views.js';
import { type AccountDataDeps, loadAccountData } from '../billing/account-data.js';
import { composeChargesReport } from './charges-report.js';
import { composeConsumption } from './consumption-chart.js';
import { composePaymentsReport } from './payments-report.js';
import { type PrintableReport, reportPdf, type ReportPdf } from './pdf/report-pdf.js';
import { composeReadingsReport } from './readings-report.js';
import { checkedRange, type ReportAccount } from './report-account.js';

type Input<M extends keyof Methods> = z.output<Methods[M]['input']>;

export interface ReportsDeps extends AccountDataDeps {
  /** The open outbox (this device's own readings and their statuses), or null before start(). */
  outbox: () => Database | null;
  clock: () => Date;
}

export interface ReportsService {
  payments(input: Input<'reports.payments'>): Promise<PaymentsReport>;
  charges(input: Input<'reports.charges'>): Promise<ChargesReport>;
  readings(input: Input<'reports.readings'>): Promise<ReadingsReport>;
  consumption(input: Input<'reports.consumption'>): Promise<ConsumptionChart>;
  pdf(input: Input<'reports.pdf'>): Promise<ReportPdf>;
}

/**
 * "Отчеты" (Рис. 15, 27, 28): payment, charge and meter reading histories of a linked account,
 * the 12-month consumption chart of a meter, and any of the three reports as an A4 PDF. Composed
 * from the cache (or live for another region's account, see loadAccountData) and this device's
 * outbox, so it works offline. A range with `from` after `to` is 'invalid_input'; a meter not on
 * the account is 'not_found'; session and link failures as in loadAccountData.
 */
export function createReportsService(deps: ReportsDeps): ReportsService {
  const load = (accountId: number) => loadAccountData(deps, accountId);
  const submissions = (account: ReportAccount) => {
    const outbox = deps.outbox();
    return outbox
      ? readingSubmissions(
          outbox,
          account.bundle.meters.map((m) => m.id),
        )
      : [];
  };
  const readings = (account: ReportAccount, input: Input<'reports.readings'>) =>
    composeReadingsReport(account, submissions(account), {
      ...checkedRange(input),
      serviceId: input.serviceId,
    });

  function printable(account: ReportAccount, input: Input<'reports.pdf'>): PrintableReport {
    if (input.report === 'payments')
      return { report: 'payments', view: composePaymentsReport(account, checkedRange(input)) };
    if (input.report === 'charges')
      return {
        report: 'charges',
        view: composeChargesReport(account, input.period),
        period: input.period,
      };
    const service = account.bundle.services.find((s) => s.id === input.serviceId);
    return {
      report: 'readings',
      view: readings(account, input),
      serviceName: service?.name ?? null,
    };
  }

  return {
    async payments(input) {
      return composePaymentsReport(await load(input.accountId), checkedRange(input));
    },
    async charges(input) {
      return composeChargesReport(await load(input.accountId), input.period);
    },
    async readings(input) {
      return readings(await load(input.accountId), input);
    },
    async consumption({ accountId, meterId }) {
      const account = await load(accountId);
      return composeConsumption(account, submissions(account), meterId, deps.clock());
    },
    async pdf(input) {
      const account = await load(input.accountId);
      return reportPdf(printable(account, input), {
        now: deps.clock(),
        timeZone: account.bundle.region.timeZone,
      });
    },
  };
}
