// @vitest-environment happy-dom
import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { fail, ok } from '../../shared/contract/result.js';
import { ru } from '../../renderer/locales/ru.js';
import { captcha, RECOVERY_ID, recoveryState } from './support/identity-fixtures.js';
import type { Handlers } from './support/fake-kabinet.js';
import { type MountedApp, byTestId, mountApp, text, typeInto } from './support/mount-app.js';

afterEach(() => vi.useRealTimers());

const submit = async (app: MountedApp, id: string) => {
  await app.wrapper.find(`[data-testid="${id}"]`).trigger('submit');
  await flushPromises();
};
const step = (app: MountedApp) =>
  app.wrapper.find('[data-testid="recovery-page"]').attributes('data-step');

function handlers(overrides: Handlers = {}): Handlers {
  let shown = 0;
  return {
    'identity.captcha': () => ok(captcha(++shown)),
    'recovery.start': (input) =>
      ok(
        input.method === 'phone'
          ? recoveryState()
          : recoveryState({ method: 'email', step: 'email_sent', recipient: 'iv*****@example.ru' }),
      ),
    'recovery.verify': () => ok(recoveryState({ step: 'password', login: 'ivanova' })),
    'recovery.setPassword': () => ok(recoveryState({ step: 'done', login: 'ivanova' })),
    ...overrides,
  };
}

async function open(app: MountedApp): Promise<void> {
  await app.wrapper.find('[data-testid="recover-link"]').trigger('click');
  await flushPromises();
  expect(app.router.currentRoute.value.name).toBe('recover');
}

describe('password recovery (Рис. 36–39)', () => {
  it('by SMS: the same words whoever is registered, the code, the login shown, a new password', async () => {
    const app = await mountApp(handlers());
    await open(app);
    expect(app.wrapper.text()).toContain('Выберите способ восстановления пароля');
    await submit(app, 'recovery-form');
    expect(text('recovery-error')).toBe(ru.recovery.start.required);
    await typeInto(app.wrapper, 'recovery-phone', '+7 903 555-12-34');
    await typeInto(app.wrapper, 'captcha-answer', 'десять');
    await submit(app, 'recovery-form');
    expect(app.fake.callsOf('recovery.start')).toEqual([
      {
        method: 'phone',
        contact: '+7 903 555-12-34',
        captcha: { challengeId: captcha(1).challengeId, answer: 'десять' },
      },
    ]);
    expect(step(app)).toBe('code');
    expect(text('recovery-sent-text')).toBe(
      'Если этот номер зарегистрирован, мы отправили на него SMS с кодом: +7 (903) ***-**-34.',
    );
    await typeInto(app.wrapper, 'recovery-code-code', '654321');
    await submit(app, 'recovery-code-form');
    expect(step(app)).toBe('password');
    expect(app.wrapper.text()).toContain('Изменение пароля');
    expect((byTestId('recovery-login') as HTMLInputElement).value).toBe('ivanova');
    await typeInto(app.wrapper, 'recovery-new-password', 'New-Pass-2031');
    await typeInto(app.wrapper, 'recovery-new-repeat', 'New-Pass-2032');
    await submit(app, 'new-password-form');
    expect(text('new-password-error')).toBe(ru.registration.form.mismatch);
    await typeInto(app.wrapper, 'recovery-new-repeat', 'New-Pass-2031');
    await submit(app, 'new-password-form');
    expect(app.fake.callsOf('recovery.setPassword')).toEqual([
      { recoveryId: RECOVERY_ID, password: 'New-Pass-2031' },
    ]);
    expect(step(app)).toBe('done');
    await app.wrapper.find('[data-testid="recovery-sign-in"]').trigger('click');
    await flushPromises();
    expect(app.router.currentRoute.value.name).toBe('sign-in');
  });

  it('after too many wrong codes offers to start again with a new security code', async () => {
    const app = await mountApp(
      handlers({ 'recovery.verify': () => fail('code_attempts_exhausted') }),
    );
    await open(app);
    await typeInto(app.wrapper, 'recovery-phone', '+79035551234');
    await typeInto(app.wrapper, 'captcha-answer', '10');
    await submit(app, 'recovery-form');
    await typeInto(app.wrapper, 'recovery-code-code', '000000');
    await submit(app, 'recovery-code-form');
    expect(text('recovery-code-error')).toBe(ru.errors.code_attempts_exhausted);
    await app.wrapper.find('[data-testid="recovery-start-again"]').trigger('click');
    await flushPromises();
    expect(step(app)).toBe('start');
    expect((byTestId('recovery-phone') as HTMLInputElement).value).toBe('+79035551234');
    expect(app.fake.callsOf('identity.captcha')).toHaveLength(2);
  });

  it('by e-mail: says the page the link opens changes the password, and follows it to done', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    let stage: 'email_sent' | 'password' | 'done' = 'email_sent';
    const app = await mountApp(
      handlers({
        'recovery.status': () =>
          ok(
            recoveryState({
              method: 'email',
              step: stage,
              recipient: 'iv*****@example.ru',
              login: stage === 'email_sent' ? null : 'ivanova',
            }),
          ),
      }),
    );
    await open(app);
    await app.wrapper.findAll('[data-testid="recovery-method"] button')[1]!.trigger('click');
    await typeInto(app.wrapper, 'recovery-email', 'ivanova@example.ru');
    await typeInto(app.wrapper, 'captcha-answer', '10');
    await submit(app, 'recovery-form');
    expect(step(app)).toBe('email_sent');
    expect(text('recovery-link-sent-text')).toContain('Если этот адрес зарегистрирован');
    expect(text('recovery-link-sent-status')).toBe(ru.recovery.email.instructions);
    stage = 'password';
    await vi.advanceTimersByTimeAsync(3100);
    expect(step(app)).toBe('email_sent');
    expect(text('recovery-link-sent-status')).toBe(ru.recovery.email.opened);
    expect(byTestId('new-password-form')).toBeNull();
    stage = 'done';
    await vi.advanceTimersByTimeAsync(3100);
    await flushPromises();
    expect(step(app)).toBe('done');
  });

  it('forgets the contact when the page is left', async () => {
    const app = await mountApp(handlers());
    await open(app);
    await typeInto(app.wrapper, 'recovery-phone', '+79035551234');
    await app.wrapper.find('[data-testid="recovery-cancel"]').trigger('click');
    await flushPromises();
    expect(app.router.currentRoute.value.name).toBe('sign-in');
    await open(app);
    expect((byTestId('recovery-phone') as HTMLInputElement).value).toBe('');
  });
});
