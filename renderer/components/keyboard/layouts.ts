// The three layouts of the kiosk's on-screen keyboard: ЙЦУКЕН, QWERTY, and digits with every
// printable ASCII symbol a password may contain. Rows are data; OnScreenKeyboard.vue draws them.

export const layoutIds = ['ru', 'en', 'symbols'] as const;
export type LayoutId = (typeof layoutIds)[number];

export type KeyAction =
  | { type: 'char'; char: string }
  | { type: 'backspace' }
  | { type: 'enter' }
  | { type: 'shift' }
  | { type: 'space' }
  | { type: 'hide' }
  | { type: 'layout'; layout: LayoutId };

export interface KeySpec {
  /** Unique within a layout: the character itself or the action's name. */
  id: string;
  action: KeyAction;
  /** Width in key units; a row of the widest layout is `rowUnits` units. */
  width: number;
}

export type KeyRow = readonly KeySpec[];

/** Every row is drawn on the same unit grid, so keys keep their size when the layout changes. */
export const rowUnits = 13;

const chars = (text: string): KeySpec[] =>
  [...text].map((char) => ({ id: `char:${char}`, action: { type: 'char', char }, width: 1 }));

const backspace: KeySpec = { id: 'backspace', action: { type: 'backspace' }, width: 1.5 };
const enter: KeySpec = { id: 'enter', action: { type: 'enter' }, width: 2 };
const shift: KeySpec = { id: 'shift', action: { type: 'shift' }, width: 1.5 };
const layoutKey = (layout: LayoutId): KeySpec => ({
  id: `layout:${layout}`,
  action: { type: 'layout', layout },
  width: 1.5,
});
const bottomRow: KeyRow = [
  ...layoutIds.map(layoutKey),
  { id: 'space', action: { type: 'space' }, width: 7 },
  { id: 'hide', action: { type: 'hide' }, width: 1.5 },
];
const digitRow: KeyRow = [...chars('1234567890'), backspace];

export const layouts: Record<LayoutId, readonly KeyRow[]> = {
  ru: [
    digitRow,
    chars('йцукенгшщзхъ'),
    [...chars('фывапролджэ'), enter],
    [shift, ...chars('ячсмитьбюё.')],
    bottomRow,
  ],
  en: [
    digitRow,
    chars('qwertyuiop'),
    [...chars('asdfghjkl'), enter],
    [shift, ...chars('zxcvbnm@._-')],
    bottomRow,
  ],
  symbols: [
    digitRow,
    chars('!@#$%^&*()№'),
    [...chars('-_+=/\\|:;"\''), enter],
    chars('.,?~`<>[]{}'),
    bottomRow,
  ],
};

export function isLayoutId(value: unknown): value is LayoutId {
  return typeof value === 'string' && (layoutIds as readonly string[]).includes(value);
}
