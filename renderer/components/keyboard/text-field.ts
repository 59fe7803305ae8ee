// The DOM side of typing: which elements the on-screen keyboard may type into, reading their
// text and caret, and writing an edit back so v-model (and PrimeVue's inputs) see an `input` event.
import { type FieldText, type TextEdit } from './text-editing.js';

export type TextField = HTMLInputElement | HTMLTextAreaElement;

// Input types whose value is free text with a caret; number, date, email… are left alone.
const textTypes = new Set(['text', 'password', 'search', 'url', 'tel']);

export function isTextField(element: unknown): element is TextField {
  if (element instanceof HTMLTextAreaElement) return true;
  return element instanceof HTMLInputElement && textTypes.has(element.type);
}

export function isWritable(field: TextField): boolean {
  return field.isConnected && !field.disabled && !field.readOnly;
}

/** A password field, also while PrimeVue's Password shows its text (toggle-mask). */
export function isSecretField(field: TextField): boolean {
  return field.type === 'password' || field.closest('.p-password') !== null;
}

/** The first text field in `root`, in document order. */
export function firstTextField(root: HTMLElement): TextField | null {
  const fields = root.querySelectorAll<TextField>('input, textarea');
  return [...fields].find((field) => isTextField(field) && isWritable(field)) ?? null;
}

export function readField(field: TextField): FieldText {
  const end = field.value.length;
  const limit = Number.parseInt(field.getAttribute('maxlength') ?? '', 10);
  return {
    value: field.value,
    selectionStart: field.selectionStart ?? end,
    selectionEnd: field.selectionEnd ?? end,
    maxLength: Number.isInteger(limit) && limit >= 0 ? limit : null,
  };
}

/** Writes the edit, puts the caret after it and fires `input` like a typed key would. */
export function writeField(
  field: TextField,
  edit: TextEdit,
  inputType: 'insertText' | 'deleteContentBackward',
): void {
  field.value = edit.value;
  field.setSelectionRange(edit.caret, edit.caret);
  field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType }));
}
