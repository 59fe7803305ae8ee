// @vitest-environment happy-dom
import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { ok } from '../../shared/contract/result.js';
import { ru } from '../../renderer/locales/ru.js';
import {
  captcha,
  REGISTRATION_ID,
  registrationHandlers,
  registrationState,
} from './support/identity-fixtures.js';
import { byTestId, mountApp, text, typeInto } from './support/mount-app.js';
import { click, fillForm, openForm, step, submit } from './support/registration-page.js';

afterEach(() => vi.useRealTimers());

describe('registration (Рис. 2–11)', () => {
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
