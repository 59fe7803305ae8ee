/**
 * RFC 4180 CSV with `;` as the separator: fields may be quoted with ", a quote inside a
 * quoted field is doubled, quoted fields may hold separators and line breaks. CRLF or LF
 * line ends, an optional UTF-8 BOM, blank lines skipped.
 */

export interface CsvRecord {
  /** Line of the file where the record starts (1 = the header). */
  line: number;
  fields: string[];
}

export interface CsvProblem {
  line: number;
  reason: string;
}

export interface CsvFile {
  records: CsvRecord[];
  /** Records that could not be read; parsing goes on after them where it can. */
  problems: CsvProblem[];
}

/** Splits `text` into records; the first record is the header. */
export function parseCsv(text: string, separator = ';'): CsvFile {
  const input = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  const problems: CsvProblem[] = [];
  let line = 1;
  let pos = 0;
  while (pos < input.length) {
    const start = line;
    const fields: string[] = [];
    let broken: string | null = null;
    for (;;) {
      let field = '';
      if (input[pos] === '"') {
        pos++;
        for (;;) {
          if (pos >= input.length) {
            problems.push({ line: start, reason: 'кавычка открыта и не закрыта до конца файла' });
            return { records, problems };
          }
          const ch = input[pos]!;
          if (ch === '"') {
            if (input[pos + 1] === '"') {
              field += '"';
              pos += 2;
              continue;
            }
            pos++;
            break;
          }
          if (ch === '\n') line++;
          field += ch;
          pos++;
        }
        const next = input[pos];
        if (next !== undefined && next !== separator && next !== '\n' && next !== '\r') {
          broken ??= 'после закрывающей кавычки должен идти разделитель «;» или конец строки';
          while (pos < input.length && input[pos] !== separator && input[pos] !== '\n') pos++;
        }
      } else {
        while (
          pos < input.length &&
          input[pos] !== separator &&
          input[pos] !== '\n' &&
          input[pos] !== '\r'
        ) {
          if (input[pos] === '"')
            broken ??= 'кавычка внутри поля без кавычек: возьмите всё поле в кавычки и удвойте её';
          field += input[pos];
          pos++;
        }
      }
      fields.push(field);
      if (input[pos] === separator) {
        pos++;
        continue;
      }
      // End of record: CRLF, LF or a lone CR.
      if (input[pos] === '\r') pos++;
      if (input[pos] === '\n') pos++;
      line++;
      break;
    }
    if (broken) problems.push({ line: start, reason: broken });
    else if (!(fields.length === 1 && fields[0] === '')) records.push({ line: start, fields });
  }
  return { records, problems };
}

/** Quotes a field for writing when it needs it. */
export function csvField(value: string, separator = ';'): string {
  return /[";\r\n]/.test(value) || value.includes(separator)
    ? `"${value.replace(/"/g, '""')}"`
    : value;
}
