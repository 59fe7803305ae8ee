import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';

import { backends } from '../../../support/central-fixture.js';
import {
  accountNumbers,
  codeIn,
  type IdentityDevice,
  linkIn,
  NEW_PASSWORD,
  openLink,
  startIdentityDevice,
  startRegistration,
} from './support.js';

describe.each(backends)('registration through the device on %s', (backend) => {
  let env: IdentityDevice;
  let numbers: Awaited<ReturnType<typeof accountNumbers>>;

  beforeAll(async () => {
    env = await startIdentityDevice(backend, inject('postgresUrl'));
    numbers = await accountNumbers(env);
  });
  afterAll(() => env?.close());

  const start = (overrides: Record<string, unknown> = {}) => startRegistration(env, overrides);

  it('offers the regions, the device region among them, and a captcha with a question', async () => {
    const regions = await env.device.call('identity.regions');
    expect(regions.map((r) => r.code).sort()).toEqual(['orenburg', 'samara']);
    const captcha = await env.device.call('identity.captcha');
    expect(captcha.svg).toMatch(/^<svg[\s>]/);
    expect(captcha.question).toMatch(/^Сколько будет /);
  });

  it('registers by phone: account checks, masked owner, code by SMS, cooldown, sign-in', async () => {
    const started = await start();
    expect(started).toMatchObject({ ok: true, value: { step: 'account', variant: 'phone' } });
    const registrationId = (started as { value: { registrationId: string } }).value.registrationId;
    const link = (accountNumber: string) =>
      env.device.raw('registration.linkAccount', { registrationId, accountNumber });

    expect(await link('5699999999')).toMatchObject({ error: { code: 'account_unknown' } });
    expect(await link(numbers.otherRegion)).toMatchObject({
      error: { code: 'account_other_region' },
    });
    expect(await link(numbers.owned)).toMatchObject({ error: { code: 'account_owned' } });
    const checked = await env.device.call('registration.linkAccount', {
      registrationId,
      accountNumber: numbers.free[0]!,
    });
    expect(checked).toMatchObject({ step: 'confirm', recipient: '+7 (912) ***-**-01' });
    expect(checked.account).toMatchObject({ number: numbers.free[0] });
    // Иванова Мария Петровна owns nothing yet (her second account is only linked to her).
    expect(checked.account?.ownerMasked).toBe('Ив****а М. П.');
    expect(checked.account?.addressMasked).toMatch(/^г\. Оренбург, ул\. Л\*+, д\. \*, кв\. \*$/);

    const sent = await env.device.call('registration.confirm', { registrationId });
    expect(sent).toMatchObject({ step: 'code' });
    expect(sent.resendAfterSeconds).toBeGreaterThan(0);
    expect(await env.device.raw('registration.resend', { registrationId })).toMatchObject({
      error: { code: 'resend_too_soon' },
    });
    const first = codeIn(await env.nextMessage('+79123456701', 'sms'));
    env.advance(61_000);
    await env.device.call('registration.resend', { registrationId });
    const second = codeIn(await env.nextMessage('+79123456701', 'sms', 1));
    const wrong = second === '000000' ? '111111' : '000000';
    expect(
      await env.device.raw('registration.verify', { registrationId, code: wrong }),
    ).toMatchObject({ error: { code: 'code_wrong' } });
    if (first !== second) {
      expect(
        await env.device.raw('registration.verify', { registrationId, code: first }),
      ).toMatchObject({ error: { code: 'code_wrong' } });
    }
    const done = await env.device.call('registration.verify', { registrationId, code: second });
    expect(done).toMatchObject({ step: 'done', login: 'petrov.ivan' });
    expect(await env.device.call('registration.status', { registrationId })).toMatchObject({
      step: 'done',
    });
    expect(
      await env.device.raw('registration.verify', { registrationId, code: second }),
    ).toMatchObject({ ok: false, error: { code: 'step_invalid' } });

    const session = await env.device.call('session.signIn', {
      login: 'petrov.ivan',
      password: NEW_PASSWORD,
    });
    expect(session.accounts.map((a) => a.number)).toEqual([numbers.free[0]]);
    expect(session).toMatchObject({ phone: '+79123456701', email: null });
    await env.device.call('session.signOut');
  });

  it('registers by e-mail: the link opened elsewhere moves the status to done', async () => {
    const started = await env.device.call('registration.start', {
      regionCode: 'orenburg',
      login: 'sidorova',
      password: NEW_PASSWORD,
      variant: 'email',
      contact: ' Sidorova@Example.RU ',
      city: 'Оренбург',
      captcha: await env.captcha(),
    });
    const { registrationId } = started;
    await env.device.call('registration.linkAccount', {
      registrationId,
      accountNumber: numbers.free[1]!,
    });
    expect(await env.device.call('registration.confirm', { registrationId })).toMatchObject({
      step: 'email_sent',
      recipient: 'si******@example.ru',
    });
    const link = linkIn(await env.nextMessage('sidorova@example.ru', 'email'));
    expect(await env.device.call('registration.status', { registrationId })).toMatchObject({
      step: 'email_sent',
    });
    expect(await openLink(link)).toContain('Регистрация завершена');
    expect(await env.device.call('registration.status', { registrationId })).toMatchObject({
      step: 'done',
    });
    const session = await env.device.call('session.signIn', {
      login: 'sidorova',
      password: NEW_PASSWORD,
    });
    expect(session.email).toBe('sidorova@example.ru');
    await env.device.call('session.signOut');
  });

  it('keeps a registration to the device that started it and never logs secrets', async () => {
    expect(
      await env.device.raw('registration.status', {
        registrationId: '00000000-0000-4000-8000-000000000000',
      }),
    ).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const users = await sql<{ n: number }>`SELECT count(*)::int AS n FROM users`.execute(
      env.central.central.db,
    );
    expect(users.rows[0]!.n).toBe(3);
    const logged = JSON.stringify(env.device.logs);
    expect(logged).not.toContain(NEW_PASSWORD);
    expect(logged).toContain('registration completed');
  });
});
