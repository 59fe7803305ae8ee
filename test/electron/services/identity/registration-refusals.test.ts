import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import { backends } from '../../../support/central-fixture.js';
import { deviceFolder } from '../support/harness.js';
import { servicesUnderTest } from '../support/services.js';
import { type IdentityDevice, startIdentityDevice, startRegistration } from './support.js';

describe.each(backends)('registration refusals through the device on %s', (backend) => {
  let env: IdentityDevice;

  beforeAll(async () => {
    env = await startIdentityDevice(backend, inject('postgresUrl'));
  });
  afterAll(() => env?.close());

  const start = (overrides: Record<string, unknown> = {}) => startRegistration(env, overrides);

  it('refuses a weak password, a bad login or phone before the captcha is spent', async () => {
    const captcha = await env.captcha();
    for (const [field, value, code] of [
      ['password', 'password1', 'password_weak'],
      ['password', 'petrov.ivan-1', 'password_weak'],
      ['login', 'пётр', 'login_invalid'],
      ['contact', '12345', 'phone_invalid'],
    ] as const) {
      expect(await start({ [field]: value, captcha })).toMatchObject({
        ok: false,
        error: { code },
      });
    }
    // The same challenge still works: none of the refusals reached the central.
    expect(await start({ login: 'spare.login', contact: '+79123456709', captcha })).toMatchObject({
      ok: true,
      value: { step: 'account', login: 'spare.login' },
    });
  });

  it('refuses a wrong captcha, a taken login and an e-mail in the wrong form', async () => {
    const captcha = await env.captcha();
    expect(await start({ captcha: { ...captcha, answer: '999' } })).toMatchObject({
      ok: false,
      error: { code: 'captcha_wrong' },
    });
    expect(await start({ login: 'IVANOVA' })).toMatchObject({
      ok: false,
      error: { code: 'login_taken' },
    });
    expect(await start({ variant: 'email', contact: 'not-an-address' })).toMatchObject({
      ok: false,
      error: { code: 'email_invalid' },
    });
  });

  it('spends the captcha a new one replaces ("Обновить код")', async () => {
    const shown = await env.captcha();
    await env.captcha();
    const refused = await start({ login: 'replaced.one', contact: '+79123456708', captcha: shown });
    expect(refused).toMatchObject({ ok: false });
    expect(['captcha_wrong', 'captcha_expired']).toContain(
      (refused as { error: { code: string } }).error.code,
    );
  });
});

describe('registration on a device that is not enrolled', () => {
  it('answers not_enrolled', async () => {
    const folder = deviceFolder();
    const device = await servicesUnderTest({
      userDataDir: folder.dir,
      secretStore: folder.secrets,
      centralUrl: 'http://127.0.0.1:9',
    });
    await device.services.start();
    try {
      expect(await device.raw('identity.regions', {})).toMatchObject({
        ok: false,
        error: { code: 'not_enrolled' },
      });
    } finally {
      await device.services.stop();
      folder.cleanup();
    }
  });
});
