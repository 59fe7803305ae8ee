// npm run demo-data -- --accounts 1000 [--seed N] [--months 13] [--today 2026-11-24] [--database-url …|--pglite-dir …]
import { DEMO_DATA_USAGE, parseDemoDataArgs, UsageError } from '../demo/cli-args.js';
import { openMigratedTarget } from '../demo/open-target.js';
import { demoPlan } from '../demo/plan.js';
import {
  CentralNotEmptyError,
  type DemoSummary,
  isCentralEmpty,
  seedDemoData,
} from '../demo/seed.js';

const EXIT = { ok: 0, failed: 1, usage: 2, notEmpty: 3 } as const;

function printSummary(summary: DemoSummary): void {
  console.log(
    `Готово за ${summary.seconds} с: регионов ${summary.regions}, поставщиков ${summary.suppliers}, ` +
      `счетов ${summary.accounts}, приборов учёта ${summary.meters}, показаний ${summary.readings}, ` +
      `начислений ${summary.charges}, оплат ${summary.payments}.`,
  );
  console.log('Демо-пользователи (логин / пароль → лицевые счета):');
  for (const user of summary.users) {
    console.log(
      `  ${user.login} / ${user.password} → ${user.accounts.join(', ')} (${user.regionCode}, ${user.fullName})`,
    );
  }
  console.log(
    'Ещё около 5% счетов имеют пользователя user<номер счёта> с тем же паролем (см. server/demo/README.md).',
  );
}

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseDemoDataArgs(process.argv.slice(2), process.env);
    if (parsed === null) {
      console.log(DEMO_DATA_USAGE);
      return EXIT.ok;
    }
    demoPlan(parsed.options);
  } catch (error) {
    if (!(error instanceof UsageError || error instanceof RangeError)) throw error;
    console.error(`${error.message}\n\n${DEMO_DATA_USAGE}`);
    return EXIT.usage;
  }
  const where = parsed.target.databaseUrl ? 'PostgreSQL' : `PGlite (${parsed.target.pgliteDir})`;
  const opened = await openMigratedTarget(parsed.target);
  try {
    if (!(await isCentralEmpty(opened.central))) throw new CentralNotEmptyError();
    console.log(`Загрузка демо-данных в ${where}: ${parsed.options.accounts} счетов…`);
    let shownTenth = 0;
    const summary = await seedDemoData(opened.central, parsed.options, {
      onProgress: ({ accountsDone, accountsTotal }) => {
        const tenth = Math.floor((accountsDone * 10) / accountsTotal);
        if (tenth > shownTenth) {
          shownTenth = tenth;
          console.log(`  ${accountsDone} / ${accountsTotal} счетов (${tenth * 10}%)`);
        }
      },
    });
    printSummary(summary);
    return EXIT.ok;
  } catch (error) {
    if (!(error instanceof CentralNotEmptyError)) throw error;
    console.error(`${error.message} Укажите другую базу или очистите эту.`);
    return EXIT.notEmpty;
  } finally {
    await opened.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(
      `Не удалось загрузить демо-данные: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(EXIT.failed);
  },
);
