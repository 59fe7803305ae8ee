// @vitest-environment happy-dom
// "Настройки" at a kiosk: every field of the change forms takes the on-screen keyboard (Latin for
// passwords, e-mail and login, digits for phone and code), "Готово" submits the form, and the
// keyboard shows only while a form is open.
import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { ok } from '../../shared/contract/result.js';
import { appState } from './support/fixtures.js';
import { input, pressedLayout, tap, typeOnKeyboard } from './support/keyboard-typing.js';
import { byTestId, mountApp, text } from './support/mount-app.js';
import {
  CURRENT_PASSWORD,
  OWNER,
  PHONE_CODE,
  profile,
  settingsWorld,
  sidorovAccount,
} from './settings-fixtures.js';

async function kioskSettings(world = settingsWorld()) {
  const app = await mountApp(
    { ...world.handlers, 'app.getState': () => ok(appState({ profile: 'kiosk' })) },
    '/settings',
  );
  await flushPromises();
  return app;
}

async function focus(id: string): Promise<void> {
  const field = input(id);
  field.focus();
  field.dispatchEvent(new Event('pointerdown', { bubbles: true }));
  await flushPromises();
}

async function open(id: string): Promise<void> {
  byTestId(id)?.click();
  await flushPromises();
}

afterEach(() => vi.useRealTimers());

describe('settings at a kiosk', () => {
  it('shows the keyboard only while a form is open, with no OS keyboard on the fields', async () => {
    await kioskSettings();
    expect(byTestId('keyboard')).toBeNull();
    await open('open-password');
    expect(byTestId('keyboard')).not.toBeNull();
    for (const id of [
      'settings-current-password',
      'settings-new-password',
      'settings-new-repeat',
    ]) {
      expect(input(id).getAttribute('inputmode'), id).toBe('none');
    }
    await open('password-panel-close');
    expect(byTestId('keyboard')).toBeNull();
  });

  it('changes the password by the on-screen keyboard, "Готово" submitting', async () => {
    const app = await kioskSettings();
    await open('open-password');
    await focus('settings-current-password');
    expect(pressedLayout()).toBe('en');
    await typeOnKeyboard(CURRENT_PASSWORD);
    await focus('settings-new-password');
    await typeOnKeyboard('Novyi-Parol-2027');
    await focus('settings-new-repeat');
    await typeOnKeyboard('Novyi-Parol-2027');
    await tap(byTestId('keyboard-enter'));
    expect(app.fake.callsOf('settings.changePassword')).toEqual([
      { current: CURRENT_PASSWORD, next: 'Novyi-Parol-2027' },
    ]);
    expect(text('settings-notice')).toContain('Пароль изменён');
  });

  it('types the phone and the SMS code on the digits layout', async () => {
    const app = await kioskSettings();
    await open('open-phone');
    await focus('settings-phone');
    expect(pressedLayout()).toBe('symbols');
    await typeOnKeyboard('89127770011');
    await tap(byTestId('keyboard-enter'));
    expect(app.fake.callsOf('settings.changePhone')).toEqual([{ phone: '89127770011' }]);
    await focus('settings-code-code');
    expect(pressedLayout()).toBe('symbols');
    await typeOnKeyboard(PHONE_CODE);
    await tap(byTestId('keyboard-enter'));
    expect(text('settings-notice')).toContain('Номер телефона изменён');
  });

  it('types a new e-mail on the Latin layout, and the page notices the link was opened', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const world = settingsWorld(profile({ email: null }));
    await kioskSettings(world);
    await open('email-prompt-add');
    await focus('settings-email');
    expect(pressedLayout()).toBe('en');
    await typeOnKeyboard('ivan@example.ru');
    expect(input('settings-email').value).toBe('ivan@example.ru');
    await tap(byTestId('keyboard-enter'));
    expect(text('pending-email')).toContain('ivan@example.ru');

    world.set({ email: 'ivan@example.ru', pendingEmail: null });
    await vi.advanceTimersByTimeAsync(5100);
    await flushPromises();
    expect(byTestId('pending-email')).toBeNull();
    expect(text('profile-email')).toBe('ivan@example.ru');
    expect(text('settings-notice')).toBe('Адрес ivan@example.ru подтверждён.');
  });

  it('adds an account by the owner’s login and password typed on the keyboard', async () => {
    await kioskSettings();
    await open('open-account');
    await focus('owner-login');
    await typeOnKeyboard(OWNER.login);
    await focus('owner-password');
    await typeOnKeyboard(OWNER.password);
    await tap(byTestId('keyboard-enter'));
    expect(text('settings-notice')).toContain(sidorovAccount.number);
  });
});
