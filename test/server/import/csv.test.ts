import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { csvField, parseCsv } from '../../../server/import/csv.js';
import { decimal, localDateTime, phone } from '../../../server/import/fields.js';
import { omissible, readTable, required } from '../../../server/import/table.js';
import { integer, optional, text } from '../../../server/import/fields.js';

describe('parseCsv', () => {
  it('reads quoted separators, doubled quotes, line breaks inside quotes, BOM and CRLF', () => {
    const file = parseCsv('\uFEFFa;b\r\n"x;y";"say ""hi"""\r\n"two\nlines";z\n\nlast;\n');
    expect(file.problems).toEqual([]);
    expect(file.records).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['x;y', 'say "hi"'] },
      { line: 3, fields: ['two\nlines', 'z'] },
      { line: 6, fields: ['last', ''] },
    ]);
  });

  it('reports a stray quote and junk after a closing quote, and goes on', () => {
    const file = parseCsv('a;b\nx"y;1\n"q"z;2\nok;3\n"open;4\n');
    expect(file.problems.map((p) => p.line)).toEqual([2, 3, 5]);
    expect(file.records.map((r) => r.line)).toEqual([1, 4]);
    expect(file.problems[2]!.reason).toMatch(/не закрыта/);
  });

  it('round-trips any fields written with csvField', () => {
    const field = fc.string({ unit: fc.constantFrom('a', 'я', ';', '"', '\n', '\r\n', ' ', '1') });
    fc.assert(
      fc.property(
        fc.array(fc.array(field, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }),
        (rows) => {
          const text = rows.map((r) => r.map((f) => csvField(f)).join(';')).join('\r\n');
          const parsed = parseCsv(text);
          expect(parsed.problems).toEqual([]);
          expect(parsed.records.map((r) => r.fields)).toEqual(rows);
        },
      ),
    );
  });
});

describe('fields and tables', () => {
  it('normalises decimals, phones and local times', () => {
    expect(decimal(6, 2, true)('054,30')).toEqual({ ok: true, value: '54.3' });
    expect(decimal(6, 2)('1.234').ok).toBe(false);
    expect(decimal(6, 2, true)('0,00').ok).toBe(false);
    expect(phone('8 (903) 123-45-67')).toEqual({ ok: true, value: '+79031234567' });
    expect(localDateTime('2026-10-05T14:30')).toEqual({ ok: true, value: '2026-10-05 14:30:00' });
    expect(localDateTime('2026-02-30').ok).toBe(false);
  });

  it('takes columns in any order and lets omissible ones be left out', () => {
    const columns = {
      name: required(text(10)),
      count: required(integer(0, 9)),
      note: omissible(optional(text(5), null)),
    };
    const table = readTable('accounts.csv', 'count;name\n3;abc\nx;abcdefghijkl\n', columns);
    expect(table.rows).toEqual([{ line: 2, name: 'abc', count: 3, note: null }]);
    expect(table.errors.map((e) => [e.line, e.column])).toEqual([
      [3, 'count'],
      [3, 'name'],
    ]);
  });
});
