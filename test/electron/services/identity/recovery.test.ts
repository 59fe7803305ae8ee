import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';

import { backends } from '../../../support/central-fixture.js';
import { codeIn, type IdentityDevice, linkIn, startIdentityDevice } from './support.js';

const RECOVERED = 'Recovered-2032';

/** Posts the recovery link's page, then its password form, as a person in a browser would. */
async function recoverByLink(link: string, password: string): Promise<string> {
  const url = link.split('?')[0]!;
  const token = new URL(link).searchParams.get('token') ?? '';
  const post = (fields: Record<string, string>) =>
    fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields).toString(),
    }).then((r) => r.text());
  const form = await post({ token });
  const hidden = (name: string) =>
    new RegExp(`name="${name}" value="([^"]+)"`).exec(form)?.[1] ?? '';
  return post({
    recoveryId: hidden('recoveryId'),
    formSecret: hidden('formSecret'),
    password,
    repeat: password,
  });
}

describe.each(backends)('password recovery through the device on %s', (backend) => {
  let env: IdentityDevice;

  beforeAll(async () => {
    env = await startIdentityDevice(backend, inject('postgresUrl'));
  });
  afterAll(() => env?.close());

  const start = async (method: 'phone' | 'email', contact: string) =>
    env.device.call('recovery.start', { method, contact, captcha: await env.captcha() });

  it('answers alike for a registered and an unknown phone; the unknown one never gets a code', async () => {
    const known = await start('phone', '+7 903 555-12-34');
    const unknown = await start('phone', '+7 903 555-00-00');
    const shape = (state: typeof known) => ({
      ...state,
      recoveryId: typeof state.recoveryId,
      recipient: state.recipient.replace(/\d{2}$/, 'NN'),
    });
    expect(shape(unknown)).toEqual(shape(known));
    expect(known).toMatchObject({ step: 'code', method: 'phone', login: null });
    expect(
      await env.device.raw('recovery.verify', { recoveryId: unknown.recoveryId, code: '123456' }),
    ).toMatchObject({ ok: false, error: { code: 'code_wrong' } });
    await env.nextMessage('+79035551234', 'sms');
    expect(await env.sent('+79035550000', 'sms')).toEqual([]);
  });

  it('recovers by SMS code: wrong code counted, the login shown, weak password refused, new one works', async () => {
    const before = (await env.sent('+79035551234', 'sms')).length;
    const { recoveryId } = await start('phone', '89035551234');
    const code = codeIn(await env.nextMessage('+79035551234', 'sms', before));
    const wrong = code === '000000' ? '111111' : '000000';
    expect(await env.device.raw('recovery.verify', { recoveryId, code: wrong })).toMatchObject({
      error: { code: 'code_wrong' },
    });
    expect(
      await env.device.raw('recovery.setPassword', { recoveryId, password: RECOVERED }),
    ).toMatchObject({ error: { code: 'step_invalid' } });
    const verified = await env.device.call('recovery.verify', { recoveryId, code });
    expect(verified).toMatchObject({ step: 'password', login: 'ivanova' });
    expect(
      await env.device.raw('recovery.setPassword', { recoveryId, password: 'short1' }),
    ).toMatchObject({ error: { code: 'password_weak' } });
    expect(
      await env.device.call('recovery.setPassword', { recoveryId, password: RECOVERED }),
    ).toMatchObject({ step: 'done', login: 'ivanova' });
    expect(
      await env.device.raw('session.signIn', { login: 'ivanova', password: 'Fixture-Pass-2026' }),
    ).toMatchObject({ error: { code: 'invalid_credentials' } });
    await env.device.call('session.signIn', { login: 'ivanova', password: RECOVERED });
    await env.device.call('session.signOut');
    expect(JSON.stringify(env.device.logs)).not.toContain(RECOVERED);
  });

  it('locks a code after too many wrong answers', async () => {
    env.advance(3_600_000);
    const { recoveryId } = await start('phone', '+79035551234');
    let last: unknown;
    for (let i = 0; i < 6; i += 1) {
      last = await env.device.raw('recovery.verify', { recoveryId, code: '00000' + String(i) });
    }
    expect(last).toMatchObject({ ok: false, error: { code: 'code_attempts_exhausted' } });
  });

  it('recovers by e-mail: the page the link opens sets the password; the status follows', async () => {
    env.advance(3_600_000);
    const state = await start('email', 'IVANOVA@example.ru');
    expect(state).toMatchObject({
      step: 'email_sent',
      method: 'email',
      recipient: 'iv*****@example.ru',
    });
    const link = linkIn(await env.nextMessage('ivanova@example.ru', 'email'));
    expect(await recoverByLink(link, 'Mailed-Pass-2033')).toContain('Пароль изменён');
    expect(
      await env.device.call('recovery.status', { recoveryId: state.recoveryId }),
    ).toMatchObject({ step: 'done', login: 'ivanova' });
    await env.device.call('session.signIn', { login: 'ivanova', password: 'Mailed-Pass-2033' });
    await env.device.call('session.signOut');
  });

  it('refuses a malformed contact before the captcha is spent, and resends only after the cooldown', async () => {
    const captcha = await env.captcha();
    expect(
      await env.device.raw('recovery.start', { method: 'email', contact: 'nobody', captcha }),
    ).toMatchObject({ error: { code: 'email_invalid' } });
    const state = await env.device.call('recovery.start', {
      method: 'phone',
      contact: '+79035550001',
      captcha,
    });
    expect(await env.device.raw('recovery.resend', { recoveryId: state.recoveryId })).toMatchObject(
      { error: { code: 'resend_too_soon' } },
    );
    env.advance(61_000);
    expect(
      await env.device.call('recovery.resend', { recoveryId: state.recoveryId }),
    ).toMatchObject({ step: 'code' });
  });
});
