// @vitest-environment happy-dom
import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';

import { fail } from '../../shared/contract/result.js';
import { ru } from '../../renderer/locales/ru.js';
import { mountApp, signIn, text, typeInto } from './support/mount-app.js';

describe('sign-in page', () => {
  it('shows login, password, "Войти", and the links "Регистрация" and "Забыли пароль?"', async () => {
    const { wrapper, router } = await mountApp();
    expect(router.currentRoute.value.name).toBe('sign-in');
    expect(wrapper.text()).toContain('Вход в личный кабинет');
    expect(wrapper.text()).toContain('Авторизация');
    expect(wrapper.find('[data-testid="sign-in-login"]').exists()).toBe(true);
    expect(wrapper.find('[data-testid="sign-in-password"]').exists()).toBe(true);
    expect(wrapper.find('[data-testid="sign-in-submit"]').text()).toContain('Войти');
    expect(wrapper.find('[data-testid="register-link"]').text()).toBe('Регистрация');
    expect(wrapper.find('[data-testid="recover-link"]').text()).toBe('Забыли пароль?');
  });

  it('signs in and opens the accounts page with the first account', async () => {
    const app = await mountApp();
    await signIn(app);
    expect(app.fake.callsOf('session.signIn')).toEqual([
      { login: 'ivanov', password: 'secret-password' },
    ]);
    expect(app.router.currentRoute.value.name).toBe('accounts');
    expect(text('owner-name')).toBe('Иванов Иван Иванович');
  });

  it('shows one generic message for bad credentials, clears the password and stays', async () => {
    const app = await mountApp({ 'session.signIn': () => fail('invalid_credentials') });
    await signIn(app);
    expect(app.router.currentRoute.value.name).toBe('sign-in');
    expect(text('sign-in-error')).toBe(ru.errors.invalid_credentials);
    const password = app.wrapper.find('[data-testid="sign-in-password"]');
    expect((password.element as HTMLInputElement).value).toBe('');
  });

  it.each(['account_locked', 'central_unreachable', 'central_error'] as const)(
    'explains %s in Russian',
    async (code) => {
      const app = await mountApp({ 'session.signIn': () => fail(code) });
      await signIn(app);
      expect(text('sign-in-error')).toBe(ru.errors[code]);
    },
  );

  it('asks for both fields without calling the main process when one is empty', async () => {
    const app = await mountApp();
    await typeInto(app.wrapper, 'sign-in-login', 'ivanov');
    await app.wrapper.find('[data-testid="sign-in-form"]').trigger('submit');
    await flushPromises();
    expect(text('sign-in-error')).toBe(ru.signIn.required);
    expect(app.fake.callsOf('session.signIn')).toEqual([]);
  });

  it('submits once when Enter is pressed in the password field', async () => {
    const app = await mountApp();
    await typeInto(app.wrapper, 'sign-in-login', 'ivanov');
    await typeInto(app.wrapper, 'sign-in-password', 'secret-password');
    await app.wrapper.find('[data-testid="sign-in-password"]').trigger('keydown', { key: 'Enter' });
    await flushPromises();
    expect(app.fake.callsOf('session.signIn')).toHaveLength(1);
    expect(app.router.currentRoute.value.name).toBe('accounts');
  });
});
