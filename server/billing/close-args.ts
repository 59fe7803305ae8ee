import { parseArgs } from 'node:util';

import { isPeriod } from '../../shared/domain/periods.js';
import { type DatabaseTarget, databaseTarget, UsageError } from '../demo/cli-args.js';
import { formatKopecks } from '../../shared/domain/money.js';
import type { PeriodCloseSummary } from './summary.js';

export { UsageError } from '../demo/cli-args.js';

export const CLOSE_PERIOD_USAGE = `Закрыть расчётный период региона / Close a region's billing period.

  npm run close-period -- --region <код> --period ГГГГ-ММ
                          [--database-url postgres://… | --pglite-dir <папка>]

Показания, принятые за период, превращаются в начисления по каждой услуге каждого счёта региона
(по счётчику, по среднему, по нормативу, по площади), с перерасчётом и сальдо; период закрывается
один раз и только после окончания месяца по времени региона (правила: server/billing/README.md).
База: --database-url или DATABASE_URL, иначе папка PGlite --pglite-dir или KABINET_PGLITE_DIR
(по умолчанию .kabinet-data/central; сервер на этой папке должен быть остановлен).
Коды выхода: 0 — закрыт, 1 — отказ (уже закрыт, не закончился, не по порядку, нет тарифа),
2 — неверные параметры, 3 — сбой (например, база недоступна).`;

export interface ClosePeriodCommand {
  regionCode: string;
  period: string;
  target: DatabaseTarget;
}

/** Parses the close-period command line; `null` means --help was asked for. */
export function parseClosePeriodArgs(
  argv: string[],
  env: Record<string, string | undefined>,
): ClosePeriodCommand | null {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        region: { type: 'string' },
        period: { type: 'string' },
        'database-url': { type: 'string' },
        'pglite-dir': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (values.help) return null;
  if (!values.region) throw new UsageError('Укажите --region: код региона, например orenburg.');
  if (!values.period || !isPeriod(values.period)) {
    throw new UsageError('Укажите --period в виде ГГГГ-ММ, например 2026-10.');
  }
  return {
    regionCode: values.region,
    period: values.period,
    target: databaseTarget(values, env),
  };
}

const rub = (kopecks: number) => `${formatKopecks(kopecks)} ₽`;

/** The close's summary as lines for people. */
export function formatCloseSummary(summary: PeriodCloseSummary): string[] {
  const { charges, totals, recalculations } = summary;
  return [
    `Период ${summary.period} региона ${summary.regionCode} закрыт (${summary.closedAt}).`,
    `  счетов: ${summary.accounts}; начислений: ${charges.total} — по счётчику ${charges.meter}, ` +
      `по среднему ${charges.average}, по нормативу ${charges.normative}, по площади ${charges.area}`,
    `  перерасчётов: ${recalculations.count} на ${rub(recalculations.kopecks)}; ` +
      `расчётных показаний: ${summary.calculatedReadings}`,
    `  долг на начало ${rub(totals.debtStart)}, начислено ${rub(totals.charged)}, ` +
      `перерасчёт ${rub(totals.recalculation)}, оплачено ${rub(totals.paid)}, ` +
      `долг на конец ${rub(totals.debtEnd)}`,
  ];
}
