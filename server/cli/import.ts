// npm run import -- --dir <folder with accounts.csv meters.csv charges.csv payments.csv> [--dry-run]
import { openMigratedTarget } from '../demo/open-target.js';
import { formatReport, IMPORT_USAGE, parseImportArgs, UsageError } from '../import/cli-args.js';
import { importMonthlyData } from '../import/import.js';
import { readImportFolder } from '../import/read-folder.js';
import type { ImportReport } from '../import/report.js';

const EXIT = { ok: 0, badFiles: 1, usage: 2, failed: 3 } as const;

async function main(): Promise<number> {
  let command;
  try {
    command = parseImportArgs(process.argv.slice(2), process.env);
    if (command === null) {
      console.log(IMPORT_USAGE);
      return EXIT.ok;
    }
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n\n${IMPORT_USAGE}`);
    return EXIT.usage;
  }
  const folder = readImportFolder(command.dir);
  if (folder.found.length === 0) {
    console.error(
      `В папке ${command.dir} нет ни одного из файлов accounts.csv, meters.csv, charges.csv, payments.csv.`,
    );
    return EXIT.usage;
  }
  let report: ImportReport;
  if (folder.errors.length > 0) report = { ok: false, errors: folder.errors };
  else {
    const opened = await openMigratedTarget(command.target);
    try {
      report = await importMonthlyData(opened.central, folder.files, { dryRun: command.dryRun });
    } finally {
      await opened.close();
    }
  }
  console.log(`Файлы: ${folder.found.join(', ')}`);
  for (const line of formatReport(report)) console.log(line);
  return report.ok ? EXIT.ok : EXIT.badFiles;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`Импорт не выполнен: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(EXIT.failed);
  },
);
