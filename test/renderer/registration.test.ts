// @vitest-environment happy-dom
import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { fail, ok } from '../../shared/contract/result.js';
import { ru } from '../../renderer/locales/ru.js';
import { appState } from './support/fixtures.js';
import {
  captcha,
  REGISTRATION_ID,
  registrationHandlers,
  registrationState,
} from './support/identity-fixtures.js';
import { type MountedApp, byTestId, mountApp, text, typeInto } from './support/mount-app.js';

afterEach(() => vi.useRealTimers());

const click = async (app: MountedApp, id: string) => {
  await app.wrapper.find(`[data-testid="${id}"]`).trigger('click');
  await flushPromises();
};
const submit = async (app: MountedApp, id: string) => {
  await app.wrapper.find(`[data-testid="${id}"]`).trigger('submit');
  await flushPromises();
};
const step = (app: MountedApp) =>
  app.wrapper.find('[data-testid="registration-page"]').attributes('data-step');

/** Opens the registration from the sign-in page's link and chooses the preselected region. */
async function openForm(app: MountedApp): Promise<void> {
  await app.wrapper.find('[data-testid="register-link"]').trigger('click');
  await flushPromises();
  await submit(app, 'region-form');
}

async function fillForm(app: MountedApp, overrides: Record<string, string> = {}): Promise<void> {
  const values: Record<string, string> = {
    'registration-login': 'petrov.ivan',
    'registration-password': 'Reg-Pass-2031',
    'registration-repeat': 'Reg-Pass-2031',
    'registration-city': 'Оренбург',
    'captcha-answer': '10',
    ...overrides,
  };
  for (const [id, value] of Object.entries(values)) await typeInto(app.wrapper, id, value);
}

describe('registration (Рис. 2–11)', () => {
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

  it('walks the phone registration to Рис. 9 and asks for an e-mail in Настройки', async () => {
    const app = await mountApp(registrationHandlers());
    await openForm(app);
    await fillForm(app, { 'registration-phone': '+7 912 345-67-01' });
    await submit(app, 'registration-form');
    expect(app.fake.callsOf('registration.start')).toEqual([
      {
        regionCode: '56',
        login: 'petrov.ivan',
        password: 'Reg-Pass-2031',
        variant: 'phone',
        contact: '+7 912 345-67-01',
        city: 'Оренбург',
        captcha: { challengeId: captcha(1).challengeId, answer: '10' },
      },
    ]);
    expect(step(app)).toBe('account');
    expect(app.wrapper.text()).toContain('Привязать адрес');
    await typeInto(app.wrapper, 'registration-account', '5600000002');
    await submit(app, 'account-form');
    expect(step(app)).toBe('confirm');
    expect(app.wrapper.text()).toContain('Данные проверены и являются верными');
    expect(text('confirm-owner')).toBe('Ив****а М. П.');
    expect(text('confirm-address')).toBe('г. Оренбург, ул. Л*****, д. *, кв. *');
    expect(text('confirm-change-account')).toBe('Изменить номер лицевого счета');
    expect(text('confirm-change-parameters')).toBe('Изменить параметры регистрации');

    await click(app, 'confirm-change-account');
    expect(step(app)).toBe('account');
    await submit(app, 'account-form');
    await click(app, 'confirm-proceed');
    expect(step(app)).toBe('code');
    expect(text('code-sent-text')).toContain('+7 (912) ***-**-01');
    expect(byTestId('resend')?.hasAttribute('disabled')).toBe(true);
    expect(text('resend-countdown')).toMatch(/через (59|60) с/);
    await typeInto(app.wrapper, 'registration-code-code', '123456');
    await submit(app, 'registration-code-form');
    expect(app.fake.callsOf('registration.verify')).toEqual([
      { registrationId: REGISTRATION_ID, code: '123456' },
    ]);
    expect(step(app)).toBe('done');
    expect(app.wrapper.text()).toContain('Регистрация завершена');
    expect(text('email-needed')).toBe(ru.registration.done.emailNeeded);
    await click(app, 'registration-sign-in');
    expect(app.router.currentRoute.value.name).toBe('sign-in');
  });

  it('counts the resend cooldown down and then offers "Выслать код повторно"', async () => {
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
    });
    const app = await mountApp(registrationHandlers());
    await openForm(app);
    await fillForm(app, { 'registration-phone': '+79123456701' });
    await submit(app, 'registration-form');
    await typeInto(app.wrapper, 'registration-account', '5600000002');
    await submit(app, 'account-form');
    await click(app, 'confirm-proceed');
    expect(text('resend-countdown')).toBe('Повторная отправка будет доступна через 60 с.');
    await vi.advanceTimersByTimeAsync(15_000);
    expect(text('resend-countdown')).toBe('Повторная отправка будет доступна через 45 с.');
    expect(byTestId('resend')?.hasAttribute('disabled')).toBe(true);
    await vi.advanceTimersByTimeAsync(45_000);
    expect(byTestId('resend-countdown')).toBeNull();
    expect(byTestId('resend')?.hasAttribute('disabled')).toBe(false);
    await click(app, 'resend');
    expect(app.fake.callsOf('registration.resend')).toEqual([{ registrationId: REGISTRATION_ID }]);
    expect(text('resend-notice')).toBe(ru.registration.resend.codeSent);
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

  it('by e-mail: Рис. 11, then moves on by itself once the link was opened elsewhere', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    let opened = false;
    const app = await mountApp({
      ...registrationHandlers(),
      'registration.status': () =>
        ok(registrationState({ variant: 'email', step: opened ? 'done' : 'email_sent' })),
    });
    await openForm(app);
    await app.wrapper.findAll('[data-testid="registration-variant"] button')[1]!.trigger('click');
    await fillForm(app, { 'registration-email': 'sidorova@example.ru' });
    await submit(app, 'registration-form');
    await typeInto(app.wrapper, 'registration-account', '5600000002');
    await submit(app, 'account-form');
    await click(app, 'confirm-proceed');
    expect(step(app)).toBe('email_sent');
    expect(app.wrapper.text()).toContain('выслана ссылка, по которой необходимо перейти');
    expect(text('resend')).toBe('Повторить отправку письма');
    await vi.advanceTimersByTimeAsync(3100);
    expect(step(app)).toBe('email_sent');
    opened = true;
    await vi.advanceTimersByTimeAsync(3100);
    await flushPromises();
    expect(step(app)).toBe('done');
    expect(byTestId('email-needed')).toBeNull();
  });
});
