// npm run close-period -- --region orenburg --period 2026-10 [--database-url …|--pglite-dir …]
import { closePeriod } from '../billing/close-period.js';
import {
  CLOSE_PERIOD_USAGE,
  type ClosePeriodCommand,
  formatCloseSummary,
  parseClosePeriodArgs,
  UsageError,
} from '../billing/close-args.js';
import { openMigratedTarget } from '../demo/open-target.js';
import { HttpError } from '../http/errors.js';

const EXIT = { ok: 0, refused: 1, usage: 2, failed: 3 } as const;

async function main(): Promise<number> {
  let command: ClosePeriodCommand | null;
  try {
    command = parseClosePeriodArgs(process.argv.slice(2), process.env);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n\n${CLOSE_PERIOD_USAGE}`);
    return EXIT.usage;
  }
  if (command === null) {
    console.log(CLOSE_PERIOD_USAGE);
    return EXIT.ok;
  }
  const opened = await openMigratedTarget(command.target);
  try {
    const summary = await closePeriod(opened.central, {
      regionCode: command.regionCode,
      period: command.period,
      now: new Date(),
    });
    for (const line of formatCloseSummary(summary)) console.log(line);
    return EXIT.ok;
  } catch (error) {
    if (!(error instanceof HttpError)) throw error;
    console.error(`Период не закрыт (${error.code}): ${error.message}`);
    return EXIT.refused;
  } finally {
    await opened.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(
      `Период не закрыт: сбой — ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(EXIT.failed);
  },
);
