import { parseArgs } from 'node:util';

import { type DatabaseTarget, databaseTarget, UsageError } from '../demo/cli-args.js';
import type { ImportCounts, ImportReport } from './report.js';

export { UsageError } from '../demo/cli-args.js';

export const IMPORT_USAGE = `Импорт месячных данных расчётной системы / Import the settlement system's monthly files.

  npm run import -- --dir <папка> [--dry-run] [--database-url postgres://… | --pglite-dir <папка>]

В папке — любые из файлов accounts.csv, meters.csv, charges.csv, payments.csv
(UTF-8, разделитель «;», первая строка — заголовок; формат: server/import/README.md).
Сначала проверяются ВСЕ строки; при любой ошибке не импортируется ничего.
--dry-run  проверить и посчитать изменения, ничего не записывая.
База: --database-url или DATABASE_URL, иначе папка PGlite --pglite-dir или KABINET_PGLITE_DIR.
Коды выхода: 0 — готово, 1 — ошибки в файлах (ничего не импортировано), 2 — неверные параметры,
3 — сбой (например, база недоступна).`;

export interface ImportCommand {
  dir: string;
  dryRun: boolean;
  target: DatabaseTarget;
}

/** Parses the import command line; `null` means --help was asked for. */
export function parseImportArgs(
  argv: string[],
  env: Record<string, string | undefined>,
): ImportCommand | null {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        dir: { type: 'string' },
        'dry-run': { type: 'boolean' },
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
  if (!values.dir) throw new UsageError('Укажите --dir: папку с файлами импорта.');
  return {
    dir: values.dir,
    dryRun: values['dry-run'] ?? false,
    target: databaseTarget(values, env),
  };
}

const LABELS: Record<keyof ImportCounts, string> = {
  accounts: 'лицевые счета',
  meters: 'приборы учёта',
  accountServices: 'услуги счетов',
  charges: 'начисления',
  payments: 'оплаты',
};

/** The report as lines for people. */
export function formatReport(report: ImportReport): string[] {
  if (!report.ok) {
    return [
      ...report.errors.map(
        (e) => `${e.file}:${e.line}${e.column ? ` [${e.column}]` : ''} — ${e.reason}`,
      ),
      `Ошибок: ${report.errors.length}. Ничего не импортировано: исправьте файлы и запустите снова.`,
    ];
  }
  return [
    report.dryRun ? 'Проверка пройдена (--dry-run): ничего не записано.' : 'Импорт выполнен.',
    ...(Object.keys(LABELS) as (keyof ImportCounts)[]).map((key) => {
      const c = report.counts[key];
      return `  ${LABELS[key]}: строк ${c.rows}, новых ${c.inserted}, изменённых ${c.updated}, без изменений ${c.unchanged}`;
    }),
  ];
}
