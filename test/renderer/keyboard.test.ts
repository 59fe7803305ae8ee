// @vitest-environment happy-dom
import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { fail, ok } from '../../shared/contract/result.js';
import { appState } from './support/fixtures.js';
import { input, pressedLayout, tap, typeOnKeyboard, charKey } from './support/keyboard-typing.js';
import { byTestId, mountApp, typeInto } from './support/mount-app.js';

const kiosk = { 'app.getState': () => ok(appState({ profile: 'kiosk' })) };

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('on-screen keyboard on the kiosk sign-in page', () => {
  it('is a labelled region of buttons and keeps the OS keyboard away from real inputs', async () => {
    await mountApp(kiosk);
    const region = byTestId('keyboard');
    expect(region?.tagName).toBe('SECTION');
    expect(region?.getAttribute('aria-label')).toBe('Экранная клавиатура');
    for (const [id, label] of [
      ['keyboard-backspace', 'Стереть'],
      ['keyboard-space', 'Пробел'],
      ['keyboard-shift', 'Регистр'],
      ['keyboard-enter', 'Готово'],
      ['keyboard-hide', 'Скрыть клавиатуру'],
      ['keyboard-layout:ru', 'Русская раскладка (РУС)'],
    ]) {
      expect(byTestId(id!)?.tagName).toBe('BUTTON');
      expect(byTestId(id!)?.getAttribute('aria-label')).toBe(label);
    }
    expect(input('sign-in-login').getAttribute('inputmode')).toBe('none');
    expect(input('sign-in-password').getAttribute('inputmode')).toBe('none');
    expect(input('sign-in-password').type).toBe('password');
    expect(pressedLayout()).toBe('en');
  });

  it('signs in with a login and password typed by key presses and "Готово"', async () => {
    const app = await mountApp(kiosk);
    await tap(byTestId('keyboard-layout:ru'));
    await typeOnKeyboard('ivanov');
    input('sign-in-password').focus();
    await typeOnKeyboard('Secret-9!');
    expect(input('sign-in-password').value).toBe('Secret-9!');
    await tap(byTestId('keyboard-enter'));
    expect(app.fake.callsOf('session.signIn')).toEqual([
      { login: 'ivanov', password: 'Secret-9!' },
    ]);
    expect(app.router.currentRoute.value.name).toBe('accounts');
    expect(byTestId('keyboard')).toBeNull();
  });

  it('switches between РУС, ENG and 123', async () => {
    await mountApp(kiosk);
    input('sign-in-login').focus();
    await tap(byTestId('keyboard-layout:ru'));
    expect(pressedLayout()).toBe('ru');
    expect(charKey('й')).toBeDefined();
    expect(charKey('q')).toBeUndefined();
    await tap(charKey('ж'));
    await tap(byTestId('keyboard-layout:symbols'));
    expect(pressedLayout()).toBe('symbols');
    expect(charKey('й')).toBeUndefined();
    await tap(charKey('#'));
    await tap(byTestId('keyboard-layout:en'));
    expect(charKey('q')).toBeDefined();
    await tap(charKey('q'));
    expect(input('sign-in-login').value).toBe('ж#q');
  });

  it('Shift capitalises one letter; pressed twice it is Caps Lock until pressed again', async () => {
    await mountApp(kiosk);
    input('sign-in-login').focus();
    const shift = () => byTestId('keyboard-shift')!;
    await tap(shift());
    expect(shift().getAttribute('aria-pressed')).toBe('true');
    expect(shift().getAttribute('aria-label')).toBe('Регистр: следующая буква заглавная');
    expect(charKey('a')?.textContent?.trim()).toBe('A');
    await tap(charKey('a'));
    await tap(charKey('b'));
    expect(shift().getAttribute('aria-pressed')).toBe('false');
    expect(charKey('a')?.textContent?.trim()).toBe('a');
    await tap(shift());
    await tap(shift());
    expect(shift().getAttribute('aria-label')).toBe('Регистр: все буквы заглавные');
    await typeOnKeyboard('cd');
    await tap(shift());
    await typeOnKeyboard('e');
    expect(input('sign-in-login').value).toBe('AbCDe');
  });

  it('Backspace deletes before the caret, or the selection', async () => {
    await mountApp(kiosk);
    const login = input('sign-in-login');
    login.focus();
    await typeOnKeyboard('ivanovxx');
    await tap(byTestId('keyboard-backspace'));
    expect(login.value).toBe('ivanovx');
    login.setSelectionRange(1, 3);
    await tap(byTestId('keyboard-backspace'));
    expect(login.value).toBe('inovx');
    login.setSelectionRange(0, 0);
    await tap(byTestId('keyboard-backspace'));
    expect(login.value).toBe('inovx');
  });

  it('inserts at the caret in the middle and v-model sees it', async () => {
    const app = await mountApp(kiosk);
    await typeInto(app.wrapper, 'sign-in-login', 'ivnov');
    const login = input('sign-in-login');
    login.focus();
    login.setSelectionRange(2, 2);
    await tap(charKey('a'));
    expect(login.value).toBe('ivanov');
    expect(login.selectionStart).toBe(3);
    await typeInto(app.wrapper, 'sign-in-password', 'secret-password');
    await tap(byTestId('keyboard-enter'));
    expect(app.fake.callsOf('session.signIn')).toEqual([
      { login: 'ivanov', password: 'secret-password' },
    ]);
  });

  it('respects maxlength (the contract allows a 64-character login)', async () => {
    await mountApp(kiosk);
    const login = input('sign-in-login');
    login.focus();
    for (let i = 0; i < 70; i += 1) await tap(charKey('z'));
    expect(login.value).toBe('z'.repeat(64));
    login.setSelectionRange(10, 10);
    await tap(charKey('a'));
    expect(login.value).toBe('z'.repeat(64));
  });

  it('keeps focus in the field; after a tap elsewhere it returns to the last field', async () => {
    await mountApp(kiosk);
    const password = input('sign-in-password');
    password.focus();
    for (const key of [charKey('q'), byTestId('keyboard-shift'), byTestId('keyboard-space')]) {
      expect(await tap(key)).toBe(true);
      expect(document.activeElement).toBe(password);
    }
    expect(await tap(byTestId('keyboard-layout:symbols'))).toBe(true);
    expect(await tap(byTestId('keyboard-backspace'))).toBe(true);
    expect(document.activeElement).toBe(password);
    password.blur();
    expect(document.activeElement).not.toBe(password);
    await tap(charKey('7'));
    expect(document.activeElement).toBe(password);
    expect(password.value).toBe('q7');
  });

  it('never echoes a password character outside the masked input', async () => {
    await mountApp(kiosk);
    const password = input('sign-in-password');
    password.focus();
    await typeOnKeyboard('Zx9q');
    expect(password.value).toBe('Zx9q');
    const echoes = [...document.body.querySelectorAll('*')].filter(
      (element) =>
        element !== password &&
        ([...element.attributes].some((a) => a.value.includes('Zx9q')) ||
          [...element.childNodes].some((n) => n.nodeType === 3 && n.textContent?.includes('Zx9q'))),
    );
    expect(echoes).toEqual([]);
    const keyboard = byTestId('keyboard')!;
    expect(keyboard.querySelector('[aria-live], [role="status"], [role="alert"]')).toBeNull();
    expect(keyboard.classList.contains('osk-secret')).toBe(true);
  });

  it('scrolls the focused field and a new error into view above the keyboard', async () => {
    const app = await mountApp({ ...kiosk, 'session.signIn': () => fail('invalid_credentials') });
    const scrolled: Element[] = [];
    vi.spyOn(Element.prototype, 'scrollIntoView').mockImplementation(function (this: Element) {
      scrolled.push(this);
    });
    input('sign-in-password').focus();
    await flushPromises();
    expect(scrolled).toEqual([input('sign-in-password')]);
    await typeInto(app.wrapper, 'sign-in-login', 'ivanov');
    await typeOnKeyboard('wrong');
    await tap(byTestId('keyboard-enter'));
    expect(scrolled.at(-1)).toBe(byTestId('sign-in-error'));
  });

  it('hides with its key and comes back when a field is touched', async () => {
    await mountApp(kiosk);
    await tap(byTestId('keyboard-hide'));
    expect(byTestId('keyboard')).toBeNull();
    expect(byTestId('keyboard-show')?.textContent?.trim()).toBe('Показать клавиатуру');
    input('sign-in-login').dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    await flushPromises();
    expect(byTestId('keyboard')).not.toBeNull();
    await tap(byTestId('keyboard-hide'));
    await tap(byTestId('keyboard-show'));
    expect(byTestId('keyboard')).not.toBeNull();
  });

  it('forgets Caps Lock and the layout when an idle kiosk clears the form', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    await mountApp(kiosk);
    await tap(byTestId('keyboard-layout:ru'));
    await tap(byTestId('keyboard-shift'));
    await tap(byTestId('keyboard-shift'));
    await vi.advanceTimersByTimeAsync(60_000);
    await flushPromises();
    expect(pressedLayout()).toBe('en');
    expect(byTestId('keyboard-shift')?.getAttribute('aria-pressed')).toBe('false');
  });

  it('is not rendered on the counter profile, whose inputs keep their OS behaviour', async () => {
    await mountApp();
    expect(byTestId('keyboard')).toBeNull();
    expect(byTestId('keyboard-show')).toBeNull();
    expect(document.querySelector('[data-on-screen-keyboard]')).toBeNull();
    expect(input('sign-in-login').hasAttribute('inputmode')).toBe(false);
    expect(input('sign-in-password').hasAttribute('inputmode')).toBe(false);
  });
});

describe('on-screen keyboard on the enrolment page', () => {
  it('types the address and code on a kiosk and "Готово" enrols', async () => {
    const app = await mountApp({
      'app.getState': () => ok(appState({ enrolled: false, profile: 'kiosk', region: null })),
      'device.enrol': () => ok(appState({ profile: 'kiosk' })),
    });
    expect(app.router.currentRoute.value.name).toBe('enrol');
    expect(input('enrol-url').getAttribute('inputmode')).toBe('none');
    await typeOnKeyboard('https://erc.test');
    input('enrol-code').focus();
    await typeOnKeyboard('AB12-CD34');
    await tap(byTestId('keyboard-enter'));
    expect(app.fake.callsOf('device.enrol')).toEqual([
      { centralUrl: 'https://erc.test', code: 'AB12-CD34' },
    ]);
    expect(app.router.currentRoute.value.name).toBe('sign-in');
  });

  it('shows no keyboard on a device without a kiosk profile; the address keeps inputmode url', async () => {
    await mountApp({
      'app.getState': () => ok(appState({ enrolled: false, profile: null, region: null })),
    });
    expect(byTestId('keyboard')).toBeNull();
    expect(input('enrol-url').getAttribute('inputmode')).toBe('url');
  });
});
