import type { AccountRow, ChargeRow, MeterRow, PaymentRow } from './files.js';
import type { ImportError, ImportFile } from './report.js';

/** Checks that need only the rows of one file: duplicate keys, dates in order, balances. */

function duplicates<R extends { line: number }>(
  file: ImportFile,
  rows: R[],
  key: (row: R) => string,
  what: string,
): ImportError[] {
  const first = new Map<string, number>();
  const errors: ImportError[] = [];
  for (const row of rows) {
    const k = key(row);
    const seen = first.get(k);
    if (seen === undefined) first.set(k, row.line);
    else errors.push({ file, line: row.line, reason: `${what} уже есть в строке ${seen}` });
  }
  return errors;
}

export function checkAccounts(rows: AccountRow[]): ImportError[] {
  return duplicates('accounts.csv', rows, (r) => r.number, `лицевой счёт`);
}

export function checkMeters(rows: MeterRow[]): ImportError[] {
  const errors = duplicates(
    'meters.csv',
    rows,
    (r) => `${r.account}|${r.serial}`,
    'прибор с этим счётом и заводским номером',
  );
  for (const r of rows) {
    if (r.installed_on > r.verified_on) {
      errors.push({
        file: 'meters.csv',
        line: r.line,
        column: 'verified_on',
        reason: 'дата поверки раньше даты установки',
      });
    }
    if (r.next_verification_on <= r.verified_on) {
      errors.push({
        file: 'meters.csv',
        line: r.line,
        column: 'next_verification_on',
        reason: 'следующая поверка должна быть позже последней',
      });
    }
  }
  return errors;
}

export function checkCharges(rows: ChargeRow[]): ImportError[] {
  const errors = duplicates(
    'charges.csv',
    rows,
    (r) => `${r.account}|${r.service}|${r.period}`,
    'начисление по этому счёту, услуге и периоду',
  );
  for (const r of rows) {
    const expected = r.debt_start + r.charged + r.recalculation - r.paid;
    if (r.debt_end !== expected) {
      errors.push({
        file: 'charges.csv',
        line: r.line,
        column: 'debt_end',
        reason: `долг на конец ${r.debt_end} не равен debt_start + charged + recalculation − paid = ${expected}`,
      });
    }
  }
  return errors;
}

export function checkPayments(rows: PaymentRow[]): ImportError[] {
  return duplicates('payments.csv', rows, (r) => r.external_id, 'платёж с этим external_id');
}
