import { parseArgs } from 'node:util';

import type { DemoOptions } from './plan.js';

export const DEMO_DATA_USAGE = `Загрузить демо-данные в ПУСТУЮ центральную базу / Seed an EMPTY central database.

  npm run demo-data -- --accounts <100…1000000> [--seed <N>] [--months <0…60>]
                       [--today ГГГГ-ММ-ДД] [--regions tyumen,kurgan,surgut,orenburg]
                       [--database-url postgres://… | --pglite-dir <папка>]

  --accounts  число лицевых счетов (обязательно)
  --seed      зерно генератора, по умолчанию 2026: одинаковые параметры дают одинаковые данные
  --months    месяцев истории показаний, начислений и оплат, по умолчанию 13 (0 — только счета)
  --today     дата, которая считается сегодняшней (по умолчанию текущая)
  --regions   в каких регионах создавать счета (по умолчанию во всех четырёх)
База: --database-url или DATABASE_URL (PostgreSQL), иначе папка PGlite --pglite-dir или
KABINET_PGLITE_DIR (по умолчанию .kabinet-data/central). Таблицы создаются миграциями.
Коды выхода: 0 — готово, 1 — ошибка, 2 — неверные параметры, 3 — база не пустая.`;

/** Where the central database lives. */
export interface DatabaseTarget {
  databaseUrl?: string;
  pgliteDir?: string;
}

/** Thrown for bad arguments; the CLI prints the message and the usage, and exits with 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

const integer = (name: string, text: string | undefined): number | undefined => {
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text))
    throw new UsageError(`--${name}: нужно целое неотрицательное число, а не «${text}».`);
  return Number(text);
};

/** The database from --database-url / --pglite-dir, falling back to the environment. */
export function databaseTarget(
  values: { 'database-url'?: string | undefined; 'pglite-dir'?: string | undefined },
  env: Record<string, string | undefined>,
): DatabaseTarget {
  const databaseUrl =
    values['database-url'] ?? (values['pglite-dir'] ? undefined : env.DATABASE_URL || undefined);
  if (databaseUrl !== undefined) {
    if (!/^postgres(ql)?:\/\/\S+$/.test(databaseUrl)) {
      throw new UsageError(
        '--database-url: нужен адрес вида postgres://пользователь@сервер:порт/база.',
      );
    }
    return { databaseUrl };
  }
  return { pgliteDir: values['pglite-dir'] ?? (env.KABINET_PGLITE_DIR || '.kabinet-data/central') };
}

/** Parses the demo-data command line; `null` means --help was asked for. */
export function parseDemoDataArgs(
  argv: string[],
  env: Record<string, string | undefined>,
): { options: DemoOptions; target: DatabaseTarget } | null {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        accounts: { type: 'string' },
        seed: { type: 'string' },
        months: { type: 'string' },
        today: { type: 'string' },
        regions: { type: 'string' },
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
  const accounts = integer('accounts', values.accounts);
  if (accounts === undefined)
    throw new UsageError('Укажите --accounts: сколько лицевых счетов создать.');
  const seed = integer('seed', values.seed);
  const months = integer('months', values.months);
  const options: DemoOptions = {
    accounts,
    ...(seed !== undefined ? { seed } : {}),
    ...(months !== undefined ? { months } : {}),
    ...(values.today !== undefined ? { today: values.today } : {}),
    ...(values.regions !== undefined
      ? { regions: values.regions.split(',').map((r) => r.trim()) }
      : {}),
  };
  return { options, target: databaseTarget(values, env) };
}
