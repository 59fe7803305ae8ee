import { parseCsv } from './csv.js';
import type { FieldParser } from './fields.js';
import type { ImportError, ImportFile } from './report.js';

/** A column of an import file: its parser and whether the header must name it. */
export interface Column<T> {
  parse: FieldParser<T>;
  required: boolean;
}

export type Columns = Record<string, Column<unknown>>;
export type RowOf<C extends Columns> = {
  [K in keyof C]: C[K] extends Column<infer T> ? T : never;
} & {
  line: number;
};

export const required = <T>(parse: FieldParser<T>): Column<T> => ({ parse, required: true });
/** A column the header may leave out; an absent column or empty field reads as empty. */
export const omissible = <T>(parse: FieldParser<T>): Column<T> => ({ parse, required: false });

/**
 * Reads one CSV file against its columns: checks the header (every required column, no
 * unknown or repeated names, any order), then every row, collecting every problem.
 */
export function readTable<C extends Columns>(
  file: ImportFile,
  content: string,
  columns: C,
): { rows: RowOf<C>[]; errors: ImportError[] } {
  const { records, problems } = parseCsv(content);
  const errors: ImportError[] = problems.map((p) => ({ file, line: p.line, reason: p.reason }));
  const [header, ...body] = records;
  if (!header) {
    errors.push({ file, line: 1, reason: 'файл пуст: нужна строка заголовка с именами колонок' });
    return { rows: [], errors };
  }
  const names = header.fields.map((name) => name.trim().toLowerCase());
  const known = Object.keys(columns);
  names.forEach((name, i) => {
    if (!known.includes(name))
      errors.push({
        file,
        line: header.line,
        column: name,
        reason: `неизвестная колонка; ожидаются: ${known.join(';')}`,
      });
    else if (names.indexOf(name) !== i)
      errors.push({ file, line: header.line, column: name, reason: 'колонка повторяется' });
  });
  for (const name of known) {
    if (columns[name]!.required && !names.includes(name))
      errors.push({
        file,
        line: header.line,
        column: name,
        reason: 'в заголовке нет обязательной колонки',
      });
  }
  if (errors.some((e) => e.line === header.line)) return { rows: [], errors };

  // The file's own column order first, so errors read left to right; absent columns last.
  const order = [...names, ...known.filter((name) => !names.includes(name))];
  const rows: RowOf<C>[] = [];
  for (const record of body) {
    if (record.fields.length !== names.length) {
      errors.push({
        file,
        line: record.line,
        reason: `полей ${record.fields.length}, а колонок в заголовке ${names.length}`,
      });
      continue;
    }
    const row: Record<string, unknown> = { line: record.line };
    let rowOk = true;
    for (const name of order) {
      const index = names.indexOf(name);
      const result = columns[name]!.parse(index < 0 ? '' : (record.fields[index] ?? ''));
      if (result.ok) row[name] = result.value;
      else {
        rowOk = false;
        errors.push({ file, line: record.line, column: name, reason: result.reason });
      }
    }
    if (rowOk) rows.push(row as RowOf<C>);
  }
  return { rows, errors };
}
