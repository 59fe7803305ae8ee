// Typing on the kiosk's on-screen keyboard in component tests, as a person taps it: layouts
// switched and Shift pressed where a character needs them.
import { flushPromises } from '@vue/test-utils';

import { byTestId } from './mount-app.js';

export function input(id: string): HTMLInputElement {
  const found = byTestId(id);
  const element = found instanceof HTMLInputElement ? found : found?.querySelector('input');
  if (!element) throw new Error(`no input ${id}`);
  return element;
}

export function charKey(char: string): HTMLElement | undefined {
  const keys = document.querySelectorAll<HTMLElement>('[data-testid="keyboard-key"]');
  return [...keys].find((key) => key.dataset.char === char);
}

/** A tap: pointerdown (returns whether the key cancelled it, keeping focus), then click. */
export async function tap(key: HTMLElement | null | undefined): Promise<boolean> {
  if (!key) throw new Error('no such key');
  const down = new PointerEvent('pointerdown', { bubbles: true, cancelable: true });
  key.dispatchEvent(down);
  key.click();
  await flushPromises();
  return down.defaultPrevented;
}

export const layoutKeys = {
  ru: 'keyboard-layout:ru',
  en: 'keyboard-layout:en',
  symbols: 'keyboard-layout:symbols',
};

/** Types text key by key, switching layouts and using Shift for capitals like a person would. */
export async function typeOnKeyboard(text: string): Promise<void> {
  for (const char of text) {
    if (char === ' ') {
      await tap(byTestId('keyboard-space'));
      continue;
    }
    const lower = char.toLowerCase();
    if (!charKey(lower)) {
      for (const layout of Object.values(layoutKeys)) {
        await tap(byTestId(layout));
        if (charKey(lower)) break;
      }
    }
    if (lower !== char) await tap(byTestId('keyboard-shift'));
    await tap(charKey(lower));
  }
}

export function pressedLayout(): string | undefined {
  return Object.entries(layoutKeys).find(
    ([, id]) => byTestId(id)?.getAttribute('aria-pressed') === 'true',
  )?.[0];
}
