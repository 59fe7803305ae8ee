// @vitest-environment happy-dom
// "Настройки" on a counter: the profile of Рис. 32, the change forms with their checks and the
// answers of the main process, and the mailing consent with its time.
import { describe, expect, it } from 'vitest';

import { squash } from './support/dom-text.js';
import { input } from './support/keyboard-typing.js';
import { byTestId, text } from './support/mount-app.js';
import { CURRENT_PASSWORD, PHONE_CODE, profile, settingsWorld } from './settings-fixtures.js';
import { click, settingsPage, submit, type } from './settings-page.js';

describe('settings page', () => {
  it('is the last section tab and shows the profile of Рис. 32', async () => {
    await settingsPage();
    const tabs = [...document.querySelectorAll<HTMLElement>('[data-testid^="nav-"]')];
    expect(tabs.at(-1)?.dataset.testid).toBe('nav-settings');
    expect(squash(tabs.at(-1))).toBe('Настройки');
    expect(text('profile-name')).toBe('Иванов Иван Иванович');
    expect(text('profile-login')).toBe('ivanov');
    expect(text('profile-email')).toBe('ivanov@mail.ru');
    expect(text('profile-phone')).toBe('+7 (903) 123 45 67');
    for (const id of ['open-password', 'open-email', 'open-phone', 'open-account']) {
      expect(byTestId(id), id).not.toBeNull();
    }
    expect(byTestId('email-prompt')).toBeNull();
    expect(byTestId('keyboard')).toBeNull();
  });

  it('checks the password form before asking, then changes it and says so', async () => {
    const app = await settingsPage();
    await click('open-password');
    await submit('password-form');
    expect(text('password-error')).toBe('Заполните все три поля.');

    await type('settings-current-password', 'wrong-one-1');
    await type('settings-new-password', 'Novyi-Parol-2027');
    await type('settings-new-repeat', 'Novyi-Parol-2028');
    expect(text('password-mismatch')).toContain('Пароли не совпадают');
    await submit('password-form');
    expect(text('password-error')).toContain('Пароли не совпадают');

    await type('settings-new-password', 'short1');
    await type('settings-new-repeat', 'short1');
    await submit('password-form');
    expect(text('password-error')).toContain('не выполняет требования');
    expect(app.fake.callsOf('settings.changePassword')).toEqual([]);

    await type('settings-new-password', 'Novyi-Parol-2027');
    await type('settings-new-repeat', 'Novyi-Parol-2027');
    await submit('password-form');
    expect(text('password-error')).toBe(
      'Текущий пароль введён неверно. Проверьте раскладку и введите его снова.',
    );
    expect(input('settings-current-password').value).toBe('');

    await type('settings-current-password', CURRENT_PASSWORD);
    await submit('password-form');
    expect(app.fake.callsOf('settings.changePassword').at(-1)).toEqual({
      current: CURRENT_PASSWORD,
      next: 'Novyi-Parol-2027',
    });
    expect(byTestId('password-panel')).toBeNull();
    expect(text('settings-notice')).toContain('Пароль изменён. Вы остаётесь в личном кабинете');
  });

  it('sends a link to a new e-mail and shows it as waiting, with a resend', async () => {
    const world = settingsWorld();
    const app = await settingsPage(world.handlers);
    await click('open-email');
    await type('settings-email', 'not-an-address');
    await submit('email-form');
    expect(text('email-error')).toContain('Укажите адрес электронной почты в формате');
    await type('settings-email', 'new@example.ru');
    await submit('email-form');
    expect(text('settings-notice')).toContain('На адрес new@example.ru выслана ссылка');
    expect(text('pending-email')).toContain('Ожидает подтверждения: new@example.ru');
    expect(text('profile-email')).toBe('ivanov@mail.ru');
    await click('resend-email');
    expect(app.fake.callsOf('settings.changeEmail')).toEqual([
      { email: 'new@example.ru' },
      { email: 'new@example.ru' },
    ]);
    expect(text('settings-notice')).toContain('Письмо отправлено ещё раз');
    app.fake.handle('settings.changeEmail', () => ({
      ok: false,
      error: { code: 'resend_too_soon', messageKey: 'errors.resend_too_soon' },
    }));
    await click('resend-email');
    expect(text('pending-error')).toBe(
      'Письмо отправлено совсем недавно. Подождите минуту и повторите.',
    );
  });

  it('changes the phone by the code from the SMS', async () => {
    const app = await settingsPage();
    await click('open-phone');
    await type('settings-phone', '8 495 123 45 67');
    await submit('phone-form');
    expect(text('phone-error')).toContain('Укажите номер мобильного телефона');
    await type('settings-phone', '8 912 777-00-11');
    await submit('phone-form');
    expect(text('phone-code-sent')).toContain('+7 (912) ***-**-11');
    expect(text('resend-countdown')).toMatch(/через (59|60) с/);
    expect(byTestId('resend')?.hasAttribute('disabled')).toBe(true);

    await type('settings-code-code', '000000');
    await submit('settings-code-form');
    expect(text('settings-code-error')).toContain('Код введён неверно');
    await type('settings-code-code', PHONE_CODE);
    await submit('settings-code-form');
    expect(app.fake.callsOf('settings.verifyPhone').at(-1)).toMatchObject({ code: PHONE_CODE });
    expect(byTestId('phone-panel')).toBeNull();
    expect(text('profile-phone')).toBe('+7 (912) 777 00 11');
    expect(text('settings-notice')).toContain('Номер телефона изменён');
  });

  it('stores the consent with its time and withdraws it', async () => {
    const app = await settingsPage();
    expect(text('consent-state')).toBe('');
    await click('mailing-consent');
    expect(app.fake.callsOf('settings.setConsent')).toEqual([{ mailing: true }]);
    // 09:05 UTC on the region's clock (UTC+5).
    expect(text('consent-state')).toBe('Согласие дано 24.11.2026 в 14:05');
    await click('mailing-consent');
    expect(text('consent-state')).toBe('Согласие отозвано 24.11.2026 в 14:05');
  });

  it('asks a resident without an e-mail to add one, and explains why the consent waits', async () => {
    const world = settingsWorld(profile({ email: null }));
    const app = await settingsPage(world.handlers);
    expect(squash(byTestId('email-prompt'))).toContain('копия чека об оплате');
    expect(text('profile-email')).toBe('не указан');
    expect(text('consent-state')).toContain('сначала укажите и подтвердите адрес');
    expect(input('mailing-consent').disabled).toBe(true);
    await click('email-prompt-add');
    expect(byTestId('email-panel')).not.toBeNull();
    expect(byTestId('email-prompt')).toBeNull();
    expect(app.fake.callsOf('settings.setConsent')).toEqual([]);
  });
});
