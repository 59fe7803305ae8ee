// Kiosk on-screen keyboard: follows the text field focused inside `root` (a form), types at its
// caret and submits its form. Pair it with <OnScreenKeyboard :keyboard="keyboard" /> on the page.
import {
  computed,
  type MaybeRefOrGetter,
  onBeforeUnmount,
  onMounted,
  reactive,
  ref,
  shallowRef,
  toValue,
} from 'vue';

import { useAppStore } from '../../stores/app.js';
import { useKeepAboveKeyboard } from './keep-above-keyboard.js';
import { isLayoutId, type LayoutId } from './layouts.js';
import { deleteBackward, insertAtCaret } from './text-editing.js';
import {
  firstTextField,
  isSecretField,
  isTextField,
  isWritable,
  readField,
  type TextField,
  writeField,
} from './text-field.js';

/** 'once' capitalises the next character only; 'locked' is Caps Lock. */
export type ShiftState = 'off' | 'once' | 'locked';

export interface KeyboardFieldOptions {
  /** The layout to open when this field gets focus. */
  layout?: LayoutId;
  /** inputmode on the counter profile (the kiosk always gets "none"). */
  inputmode?: string;
}

const layoutAttribute = 'data-keyboard-layout';
const nextShift: Record<ShiftState, ShiftState> = { off: 'once', once: 'locked', locked: 'off' };

export function useOnScreenKeyboard(root: MaybeRefOrGetter<HTMLElement | null>) {
  const app = useAppStore();
  const enabled = computed(() => app.isKiosk);
  const visible = ref(true);
  const layout = ref<LayoutId>('ru');
  const shift = ref<ShiftState>('off');
  const secret = ref(false);
  const target = shallowRef<TextField | null>(null);
  let initialLayout: LayoutId = 'ru';

  const inRoot = (element: Element) => toValue(root)?.contains(element) === true;
  const reveal = useKeepAboveKeyboard(root, () => enabled.value && visible.value);

  function adopt(field: TextField): void {
    target.value = field;
    secret.value = isSecretField(field);
  }

  /** The field keys type into: the focused one, the last one focused, else the form's first. */
  function currentField(): TextField | null {
    const active = document.activeElement;
    if (isTextField(active) && isWritable(active) && inRoot(active)) {
      if (active !== target.value) adopt(active);
      return active;
    }
    const last = target.value;
    if (last && isWritable(last) && inRoot(last)) return last;
    const rootElement = toValue(root);
    const first = rootElement ? firstTextField(rootElement) : null;
    if (first) adopt(first);
    return first;
  }

  /** Focuses the field again if a tap elsewhere took focus, unless it is on one of our keys. */
  function focusedField(): TextField | null {
    const field = currentField();
    const active = document.activeElement;
    if (field && active !== field && !active?.closest('[data-on-screen-keyboard]')) field.focus();
    return field;
  }

  function onFieldActivity(event: Event): void {
    const field = event.target;
    if (!enabled.value || !isTextField(field) || !inRoot(field)) return;
    if (event.type === 'focusin' && field !== target.value) {
      adopt(field);
      const hint = field.getAttribute(layoutAttribute);
      if (isLayoutId(hint)) layout.value = hint;
    }
    visible.value = true;
    reveal(field);
  }

  onMounted(() => {
    document.addEventListener('focusin', onFieldActivity);
    document.addEventListener('pointerdown', onFieldActivity);
    const rootElement = toValue(root);
    const hint = rootElement && firstTextField(rootElement)?.getAttribute(layoutAttribute);
    initialLayout = isLayoutId(hint) ? hint : 'ru';
    layout.value = initialLayout;
  });

  onBeforeUnmount(() => {
    document.removeEventListener('focusin', onFieldActivity);
    document.removeEventListener('pointerdown', onFieldActivity);
  });

  /** Types `text` at the caret (over the selection), within the field's maxlength. */
  function insert(text: string): void {
    const field = focusedField();
    if (!field) return;
    const edit = insertAtCaret(readField(field), text);
    if (edit) writeField(field, edit, 'insertText');
    if (shift.value === 'once') shift.value = 'off';
  }

  function backspace(): void {
    const field = focusedField();
    const edit = field ? deleteBackward(readField(field)) : null;
    if (field && edit) writeField(field, edit, 'deleteContentBackward');
  }

  /** "Готово": submits the field's form the way Enter does (its submit handler runs). */
  function enter(): void {
    const form = currentField()?.form;
    if (form) form.requestSubmit();
    else visible.value = false;
  }

  /** Attributes for a text field of the form: no OS keyboard on the kiosk, a layout hint. */
  function field(options: KeyboardFieldOptions = {}): Record<string, string> {
    if (!enabled.value) return options.inputmode ? { inputmode: options.inputmode } : {};
    return options.layout
      ? { inputmode: 'none', [layoutAttribute]: options.layout }
      : { inputmode: 'none' };
  }

  /** Back to a fresh keyboard for the next visitor (layout, no Shift, shown). */
  function reset(): void {
    shift.value = 'off';
    layout.value = initialLayout;
    visible.value = true;
    target.value = null;
    secret.value = false;
  }

  return reactive({
    enabled,
    visible,
    layout,
    shift,
    secret,
    insert,
    backspace,
    enter,
    field,
    reset,
    toggleShift: () => void (shift.value = nextShift[shift.value]),
    setLayout: (next: LayoutId) => void (layout.value = next),
    show: () => {
      visible.value = true;
      reveal(currentField());
    },
    hide: () => void (visible.value = false),
  });
}

export type OnScreenKeyboard = ReturnType<typeof useOnScreenKeyboard>;
