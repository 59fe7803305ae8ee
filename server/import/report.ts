/** What an import of the settlement system's monthly files reports. */

export type ImportFile = 'accounts.csv' | 'meters.csv' | 'charges.csv' | 'payments.csv';

/** File contents (UTF-8 text); any may be left out. */
export interface ImportFiles {
  accounts?: string;
  meters?: string;
  charges?: string;
  payments?: string;
}

export interface ImportError {
  file: ImportFile;
  /** Line of the file (1 = the header; a quoted multi-line record counts from its first line). */
  line: number;
  column?: string;
  /** In Russian, saying what is wrong and, where it helps, what to do. */
  reason: string;
}

/** Rows of one kind: how many the files held, and what became of them. */
export interface RowCounts {
  rows: number;
  inserted: number;
  updated: number;
  unchanged: number;
}

export interface ImportCounts {
  accounts: RowCounts;
  meters: RowCounts;
  /** The account ↔ service ↔ supplier links the charges imply. */
  accountServices: RowCounts;
  charges: RowCounts;
  payments: RowCounts;
}

export type ImportReport =
  { ok: true; dryRun: boolean; counts: ImportCounts } | { ok: false; errors: ImportError[] };

export interface ImportOptions {
  /** Validate and run the whole import, then roll it back: the counts say what would change. */
  dryRun?: boolean;
}

export const emptyCounts = (rows = 0): RowCounts => ({
  rows,
  inserted: 0,
  updated: 0,
  unchanged: 0,
});
