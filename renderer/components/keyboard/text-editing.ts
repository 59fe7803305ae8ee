// Pure text edits at the caret, the way a browser does them for typed keys: the selection is
// replaced, maxlength cuts what does not fit, Backspace removes a whole character.

export interface FieldText {
  value: string;
  selectionStart: number;
  selectionEnd: number;
  /** null when the field has no maxlength. */
  maxLength: number | null;
}

export interface TextEdit {
  value: string;
  caret: number;
}

/** Inserts `text` over the selection; null when nothing fits (the field is full). */
export function insertAtCaret(field: FieldText, text: string): TextEdit | null {
  const { value, selectionStart: start, selectionEnd: end, maxLength } = field;
  const room = maxLength === null ? Infinity : maxLength - (value.length - (end - start));
  let fitting = '';
  for (const char of text) {
    if (fitting.length + char.length > room) break;
    fitting += char;
  }
  if (fitting === '') return null;
  return {
    value: value.slice(0, start) + fitting + value.slice(end),
    caret: start + fitting.length,
  };
}

/** Deletes the selection, or the character before the caret; null at the start of the field. */
export function deleteBackward(field: FieldText): TextEdit | null {
  const { value, selectionStart: start, selectionEnd: end } = field;
  if (start !== end) return { value: value.slice(0, start) + value.slice(end), caret: start };
  if (start === 0) return null;
  const low = value.charCodeAt(start - 1);
  const pair = low >= 0xdc00 && low <= 0xdfff && start >= 2 ? 2 : 1;
  return { value: value.slice(0, start - pair) + value.slice(start), caret: start - pair };
}
