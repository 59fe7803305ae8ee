// @vitest-environment happy-dom
import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';

import { ok } from '../../shared/contract/result.js';
import { appState } from './support/fixtures.js';
import { byTestId } from './support/mount-app.js';
import { readingInput, readingsPage } from './support/readings-page.js';

const kiosk = { 'app.getState': () => ok(appState({ profile: 'kiosk' })) };

function charKey(char: string): HTMLElement {
  const keys = document.querySelectorAll<HTMLElement>('[data-testid="keyboard-key"]');
  const key = [...keys].find((k) => k.dataset.char === char);
  if (!key) throw new Error(`no key ${char}`);
  return key;
}

/** A tap: pointerdown (cancelled by the key, so the field keeps focus), then click. */
async function tap(key: HTMLElement | null): Promise<void> {
  if (!key) throw new Error('no such key');
  key.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, cancelable: true }));
  key.click();
  await flushPromises();
}

describe('readings on the kiosk', () => {
  it('no keyboard until the table is open; then digits, typed at the first input', async () => {
    await readingsPage(kiosk, { open: false });
    expect(byTestId('keyboard')).toBeNull();
    byTestId('readings-address-link')?.click();
    await flushPromises();
    expect(byTestId('keyboard')).not.toBeNull();
    expect(byTestId('keyboard-layout:symbols')?.getAttribute('aria-pressed')).toBe('true');
    const input = readingInput('101533383', 'single');
    expect(input.getAttribute('inputmode')).toBe('none');
    for (const digit of '1234') await tap(charKey(digit));
    expect(input.value).toBe('1234');
    await tap(byTestId('keyboard-backspace'));
    await tap(charKey('5'));
    expect(input.value).toBe('1235');
  });

  it('types into the zone the resident touched, and "Готово" opens the confirmation', async () => {
    await readingsPage(kiosk);
    const t2 = readingInput('011552148', 'T2');
    t2.focus();
    await flushPromises();
    for (const digit of '2560') await tap(charKey(digit));
    expect(t2.value).toBe('2560');
    expect(readingInput('101533383', 'single').value).toBe('');
    readingInput('011552148', 'T1').focus();
    for (const char of '4050,5') await tap(charKey(char));
    readingInput('011552148', 'T3').focus();
    for (const digit of '3040') await tap(charKey(digit));
    await tap(byTestId('keyboard-enter'));
    expect(byTestId('readings-confirm')).not.toBeNull();
  });

  it('the counter has a real keyboard: none on screen, a decimal inputmode', async () => {
    await readingsPage();
    expect(byTestId('keyboard')).toBeNull();
    expect(readingInput('101533383', 'single').getAttribute('inputmode')).toBe('decimal');
  });
});
