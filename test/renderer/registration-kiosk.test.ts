// @vitest-environment happy-dom
import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { ok } from '../../shared/contract/result.js';
import { appState } from './support/fixtures.js';
import { captcha, registrationHandlers } from './support/identity-fixtures.js';
import { input, pressedLayout, tap, typeOnKeyboard } from './support/keyboard-typing.js';
import { byTestId, mountApp, type MountedApp } from './support/mount-app.js';

const kiosk = { 'app.getState': () => ok(appState({ profile: 'kiosk' })) };

afterEach(() => vi.useRealTimers());

/** Touches a field (focus), checks the layout the keyboard opened with, and types on it. */
async function typeInto(id: string, text: string, layout: string): Promise<void> {
  input(id).focus();
  await flushPromises();
  expect(pressedLayout(), id).toBe(layout);
  await typeOnKeyboard(text);
  expect(input(id).value).toBe(text);
}

async function openForm(app: MountedApp): Promise<void> {
  await tap(byTestId('register-link'));
  await tap(byTestId('region-submit'));
  expect(app.wrapper.find('[data-testid="registration-form"]').exists()).toBe(true);
}

describe('registration at a kiosk, by touch alone', () => {
  it('opens each field on its layout (Latin, digits, Russian) and "Готово" sends the form', async () => {
    const app = await mountApp({ ...kiosk, ...registrationHandlers() });
    await openForm(app);
    await typeInto('registration-login', 'petrov.ivan', 'en');
    await typeInto('registration-password', 'Reg-Pass-2031', 'en');
    await typeInto('registration-repeat', 'Reg-Pass-2031', 'en');
    await typeInto('registration-phone', '89123456701', 'symbols');
    await typeInto('registration-city', 'Оренбург', 'ru');
    await typeInto('captcha-answer', 'KXR7P', 'en');
    await tap(byTestId('keyboard-enter'));
    expect(app.fake.callsOf('registration.start')).toEqual([
      expect.objectContaining({
        login: 'petrov.ivan',
        contact: '89123456701',
        city: 'Оренбург',
        captcha: { challengeId: captcha(1).challengeId, answer: 'KXR7P' },
      }),
    ]);
    await typeInto('registration-account', '5600000002', 'symbols');
    await tap(byTestId('keyboard-enter'));
    expect(app.fake.callsOf('registration.linkAccount')).toHaveLength(1);
    // The check of Рис. 7 has nothing to type: no keyboard covers its three buttons.
    expect(byTestId('confirm-proceed')).not.toBeNull();
    expect(byTestId('keyboard')).toBeNull();
    await tap(byTestId('confirm-proceed'));
    expect(byTestId('keyboard')).not.toBeNull();
  });

  it('answering the question opens the digits; every input keeps the OS keyboard away', async () => {
    const app = await mountApp({ ...kiosk, ...registrationHandlers() });
    await openForm(app);
    await tap(byTestId('captcha-alternative'));
    await typeInto('captcha-answer', '10', 'symbols');
    for (const field of app.wrapper.findAll(
      'input[type="text"], input[type="tel"], input[type="password"]',
    )) {
      expect(field.attributes('inputmode')).toBe('none');
    }
  });

  it('forgets a half-typed registration when the kiosk stands idle', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    const app = await mountApp({ ...kiosk, ...registrationHandlers() });
    await openForm(app);
    await typeInto('registration-login', 'petrov', 'en');
    await vi.advanceTimersByTimeAsync(61_000);
    expect(byTestId('idle-dialog')).not.toBeNull();
    await vi.advanceTimersByTimeAsync(21_000);
    await flushPromises();
    expect(app.router.currentRoute.value.name).toBe('sign-in');
    await tap(byTestId('register-link'));
    await tap(byTestId('region-submit'));
    expect(input('registration-login').value).toBe('');
  });
});
