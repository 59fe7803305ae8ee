import type { CentralDb } from '../db/connect.js';
import { withSyncWriteLock } from '../sync/write-lock.js';
import { upsertAccounts, upsertMeters } from './apply-accounts.js';
import { upsertAccountServices, upsertCharges, upsertPayments } from './apply-billing.js';
import {
  ACCOUNT_COLUMNS,
  CHARGE_COLUMNS,
  type ChargeRow,
  METER_COLUMNS,
  PAYMENT_COLUMNS,
} from './files.js';
import { checkReferences, resolveReferences } from './references.js';
import type {
  ImportCounts,
  ImportError,
  ImportFile,
  ImportFiles,
  ImportOptions,
  ImportReport,
} from './report.js';
import { checkAccounts, checkCharges, checkMeters, checkPayments } from './row-checks.js';
import { type Columns, readTable, type RowOf } from './table.js';

const FILE_ORDER: ImportFile[] = ['accounts.csv', 'meters.csv', 'charges.csv', 'payments.csv'];

/** Ends the transaction of a dry run after everything was written, so nothing stays. */
class RolledBack extends Error {
  constructor(readonly counts: ImportCounts) {
    super('dry run');
  }
}

function read<C extends Columns>(
  file: ImportFile,
  content: string | undefined,
  columns: C,
  errors: ImportError[],
): RowOf<C>[] {
  if (content === undefined) return [];
  const table = readTable(file, content, columns);
  errors.push(...table.errors);
  return table.rows;
}

function sorted(errors: ImportError[]): ImportError[] {
  return [...errors].sort(
    (a, b) => FILE_ORDER.indexOf(a.file) - FILE_ORDER.indexOf(b.file) || a.line - b.line,
  );
}

/**
 * Imports the settlement system's monthly files (server/import/README.md): validates ALL rows
 * first (formats, duplicates, balances, references between the files and to the database)
 * and reports every bad row; imports nothing unless every row is good. Then upserts
 * everything in one transaction under the sync write lock: accounts by number, meters by
 * account + serial, charges by account + service + period, payments by external id. Rows that
 * did not change are left alone (their rev too), so importing the same files twice is a no-op.
 */
export async function importMonthlyData(
  central: CentralDb,
  files: ImportFiles,
  options: ImportOptions = {},
): Promise<ImportReport> {
  const errors: ImportError[] = [];
  const accounts = read('accounts.csv', files.accounts, ACCOUNT_COLUMNS, errors);
  const meters = read('meters.csv', files.meters, METER_COLUMNS, errors);
  const charges: ChargeRow[] = read('charges.csv', files.charges, CHARGE_COLUMNS, errors);
  const payments = read('payments.csv', files.payments, PAYMENT_COLUMNS, errors);
  errors.push(
    ...checkAccounts(accounts),
    ...checkMeters(meters),
    ...checkCharges(charges),
    ...checkPayments(payments),
  );

  const numbers = new Set([
    ...accounts.map((a) => a.number),
    ...meters.map((m) => m.account),
    ...charges.map((c) => c.account),
    ...payments.map((p) => p.account),
  ]);
  try {
    return await withSyncWriteLock(central.db, async (trx) => {
      const resolved = await resolveReferences(trx, numbers, accounts);
      errors.push(...checkReferences(resolved, { accounts, meters, charges, payments }));
      if (errors.length > 0) return { ok: false, errors: sorted(errors) } as const;

      const upserted = await upsertAccounts(trx, accounts, resolved);
      const accountId = (number: string) =>
        upserted.ids.get(number) ?? resolved.existingAccounts.get(number)!.id;
      const counts: ImportCounts = {
        accounts: upserted.counts,
        meters: await upsertMeters(trx, meters, resolved, accountId),
        accountServices: await upsertAccountServices(trx, charges, resolved, accountId),
        charges: await upsertCharges(trx, charges, resolved, accountId),
        payments: await upsertPayments(trx, payments, resolved, accountId),
      };
      if (options.dryRun) throw new RolledBack(counts);
      return { ok: true, dryRun: false, counts } as const;
    });
  } catch (error) {
    if (error instanceof RolledBack) return { ok: true, dryRun: true, counts: error.counts };
    throw error;
  }
}
