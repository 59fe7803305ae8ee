// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';

import { layoutIds, layouts, rowUnits } from '../../renderer/components/keyboard/layouts.js';
import {
  deleteBackward,
  insertAtCaret,
  type FieldText,
} from '../../renderer/components/keyboard/text-editing.js';

const field = (value: string, start = value.length, end = start, maxLength: number | null = null) =>
  ({ value, selectionStart: start, selectionEnd: end, maxLength }) satisfies FieldText;

function charsOf(layout: (typeof layoutIds)[number]): string[] {
  return layouts[layout].flatMap((row) =>
    row.flatMap((key) => (key.action.type === 'char' ? [key.action.char] : [])),
  );
}

describe('text edits at the caret', () => {
  it('inserts at the caret and replaces a selection', () => {
    expect(insertAtCaret(field('ivnov', 2), 'a')).toEqual({ value: 'ivanov', caret: 3 });
    expect(insertAtCaret(field('ivXXov', 2, 4), 'an')).toEqual({ value: 'ivanov', caret: 4 });
    expect(insertAtCaret(field(''), 'я')).toEqual({ value: 'я', caret: 1 });
  });

  it('keeps within maxlength: cuts what does not fit, refuses when full', () => {
    expect(insertAtCaret(field('abc', 3, 3, 5), 'defg')).toEqual({ value: 'abcde', caret: 5 });
    expect(insertAtCaret(field('abcde', 2, 2, 5), 'x')).toBeNull();
    expect(insertAtCaret(field('abcde', 1, 3, 5), 'xy')).toEqual({ value: 'axyde', caret: 3 });
  });

  it('deletes the character before the caret, a selection, or nothing at the start', () => {
    expect(deleteBackward(field('ivanovx'))).toEqual({ value: 'ivanov', caret: 6 });
    expect(deleteBackward(field('ivaXXnov', 3, 5))).toEqual({ value: 'ivanov', caret: 3 });
    expect(deleteBackward(field('ivanov', 0))).toBeNull();
    expect(deleteBackward(field('a😀'))).toEqual({ value: 'a', caret: 1 });
  });
});

describe('layouts', () => {
  it('ЙЦУКЕН has all 33 Russian letters and QWERTY all 26 Latin ones', () => {
    expect(charsOf('ru').filter((c) => /[а-яё]/.test(c))).toHaveLength(33);
    expect(charsOf('en').filter((c) => /[a-z]/.test(c))).toHaveLength(26);
  });

  it('reaches every printable ASCII character a password may contain', () => {
    const reachable = new Set(
      layoutIds.flatMap((id) => charsOf(id).flatMap((c) => [c, c.toUpperCase()])),
    );
    reachable.add(' ');
    const ascii = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i));
    expect(ascii.filter((c) => !reachable.has(c))).toEqual([]);
    for (const c of '@._-+') expect(charsOf('symbols')).toContain(c);
  });

  it('every row fits the unit grid and key ids are unique within a layout', () => {
    for (const id of layoutIds) {
      for (const row of layouts[id]) {
        expect(row.reduce((sum, key) => sum + key.width, 0)).toBeLessThanOrEqual(rowUnits);
      }
      const ids = layouts[id].flat().map((key) => key.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });
});
