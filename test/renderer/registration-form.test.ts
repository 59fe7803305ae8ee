// @vitest-environment happy-dom
import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';

import { fail, ok } from '../../shared/contract/result.js';
import { ru } from '../../renderer/locales/ru.js';
import { appState } from './support/fixtures.js';
import { registrationHandlers } from './support/identity-fixtures.js';
import { byTestId, mountApp, text, typeInto } from './support/mount-app.js';
import { click, fillForm, openForm, submit } from './support/registration-page.js';

describe('registration: the sign-in links, the form of Рис. 4 and its refusals', () => {
  it('is linked from the sign-in page with "Забыли пароль?"; the sandbox link only when it is on', async () => {
    await mountApp();
    expect(text('register-link')).toBe('Регистрация');
    expect(text('recover-link')).toBe('Забыли пароль?');
    expect(byTestId('sandbox-link')).toBeNull();
    const sandboxed = await mountApp({
      'app.getState': () => ok(appState({ embedded: true, sandbox: true })),
    });
    expect(sandboxed.wrapper.find('[data-testid="sandbox-link"]').attributes('href')).toContain(
      '/sandbox',
    );
  });

  it('preselects the device region, then shows every field of Рис. 4 with the security code', async () => {
    const app = await mountApp(registrationHandlers());
    await app.wrapper.find('[data-testid="register-link"]').trigger('click');
    await flushPromises();
    expect(app.router.currentRoute.value.name).toBe('register');
    const checked = app.wrapper.find('[data-testid="region-option"] input:checked');
    expect(checked.exists()).toBe(true);
    expect(app.wrapper.find('[data-code="56"] input').element).toBe(checked.element);
    await submit(app, 'region-form');
    for (const label of [
      'Логин',
      'Пароль',
      'Повторите пароль',
      'Вариант регистрации',
      'Город',
      'Защитный код',
    ]) {
      expect(app.wrapper.text()).toContain(label);
    }
    expect(text('registration-variant')).toContain('Телефон');
    expect(text('registration-variant')).toContain('E-mail');
    const image = app.wrapper.find('[data-testid="captcha-image"]');
    expect(image.attributes('src')).toMatch(/^data:image\/svg\+xml;charset=utf-8,%3Csvg/);
    expect(image.attributes('alt')).toContain('Сколько будет семь плюс три?');
    expect(byTestId('captcha-question')).toBeNull();
    await click(app, 'captcha-alternative');
    expect(text('captcha-question')).toBe('Сколько будет семь плюс три?');
    expect(text('captcha-alternative')).toBe('Ввести символы с картинки');
    await click(app, 'captcha-refresh');
    expect(app.fake.callsOf('identity.captcha')).toHaveLength(2);
    expect(text('registration-submit')).toBe('Далее');
  });

  it('tells a mismatch and the unmet password rules at once, and sends nothing', async () => {
    const app = await mountApp(registrationHandlers());
    await openForm(app);
    await typeInto(app.wrapper, 'registration-login', 'petrov.ivan');
    await typeInto(app.wrapper, 'registration-password', 'petrov.ivan');
    const unmet = () =>
      app.wrapper
        .findAll('[data-testid="password-rule"][data-met="false"]')
        .map((rule) => rule.attributes('data-rule'));
    expect(unmet()).toEqual(['password_needs_digit', 'password_contains_login']);
    await typeInto(app.wrapper, 'registration-repeat', 'petrov.ivaN');
    expect(text('password-mismatch')).toBe(ru.registration.form.mismatch);
    await submit(app, 'registration-form');
    expect(text('registration-error')).toBe(ru.registration.form.required);
    await fillForm(app, {
      'registration-phone': '+79123456701',
      'registration-password': 'short',
      'registration-repeat': 'short',
    });
    await submit(app, 'registration-form');
    expect(text('registration-error')).toBe(ru.errors.password_weak);
    expect(app.fake.callsOf('registration.start')).toEqual([]);
  });

  it('explains an account that already has an owner and how to get it added', async () => {
    const app = await mountApp({
      ...registrationHandlers(),
      'registration.linkAccount': () => fail('account_owned'),
    });
    await openForm(app);
    await fillForm(app, { 'registration-phone': '+79123456701' });
    await submit(app, 'registration-form');
    await typeInto(app.wrapper, 'registration-account', '5600000001');
    await submit(app, 'account-form');
    expect(text('account-error')).toBe(ru.errors.account_owned);
    expect(text('account-error')).toContain('«Настройки» → «Добавить ЛС»');
  });

  it('shows a new security code after a wrong one, keeping what was typed', async () => {
    const app = await mountApp({
      ...registrationHandlers(),
      'registration.start': () => fail('captcha_wrong'),
    });
    await openForm(app);
    await fillForm(app, { 'registration-phone': '+79123456701' });
    await submit(app, 'registration-form');
    expect(text('registration-error')).toBe(ru.errors.captcha_wrong);
    expect(app.fake.callsOf('identity.captcha')).toHaveLength(2);
    expect((byTestId('registration-login') as HTMLInputElement).value).toBe('petrov.ivan');
    expect((byTestId('captcha-answer') as HTMLInputElement).value).toBe('');
  });
});
