import { Writable } from 'node:stream';

import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';

import {
  changePasswordResultSchema,
  phoneChangeStateSchema,
  recoveryStateSchema,
  registrationStateSchema,
} from '../../../shared/sync/identity-http.js';
import { backends } from '../../support/central-fixture.js';
import {
  call,
  codeIn,
  followLink,
  hiddenFields,
  type IdentityWorld,
  lastMessage,
  linkIn,
  openIdentityWorld,
  postForm,
  signIn,
  solvedCaptcha,
} from './flow-harness.js';

describe.each(backends)('identity logs on %s', (backend) => {
  let world: IdentityWorld;
  const lines: string[] = [];
  /** Every secret the run handles: passwords, codes, link tokens, form secrets, session tokens. */
  const secrets = new Set<string>();
  beforeAll(async () => {
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString('utf8'));
        done();
      },
    });
    world = await openIdentityWorld(backend, inject('postgresUrl'), { level: 'trace', stream });
  });
  afterAll(() => world.close());

  const keep = (...values: string[]) => values.forEach((value) => secrets.add(value));
  const numberOf = async (index: number) =>
    (
      await world.tc.central.db
        .selectFrom('accounts')
        .select('number')
        .where('id', '=', world.home.accountIds[index]!)
        .executeTakeFirstOrThrow()
    ).number;

  async function register(
    login: string,
    password: string,
    variant: 'phone' | 'email',
    contact: string,
    account: number,
  ) {
    keep(password);
    const captcha = await solvedCaptcha(world, world.kiosk);
    const started = await call(world, world.kiosk, 'POST', '/api/v1/registration', {
      regionCode: 'orenburg',
      login,
      password,
      variant,
      contact,
      city: 'Оренбург',
      captcha,
    });
    const id = registrationStateSchema.parse(started.json()).registrationId;
    const step = (name: string, payload?: unknown) =>
      call(world, world.kiosk, 'POST', `/api/v1/registration/${id}/${name}`, payload);
    await step('account', { accountNumber: await numberOf(account) });
    await step('confirm');
    const message = await lastMessage(world, contact);
    if (variant === 'phone') {
      const code = codeIn(message);
      keep(code);
      await step('verify', { code: '000000' });
      expect((await step('verify', { code })).statusCode).toBe(200);
    } else {
      const link = linkIn(message);
      keep(link.searchParams.get('token')!);
      expect((await followLink(world, link)).posted.statusCode).toBe(200);
    }
  }

  it('never write a password, code, link token or session token, through every flow', async () => {
    await register('log.phone', 'Лог-пароль-1', 'phone', '+79061110001', 0);
    await register('log.mail', 'Лог-пароль-2', 'email', 'log.mail@example.org', 1);

    const captcha = await solvedCaptcha(world, world.counter);
    const rec = recoveryStateSchema.parse(
      (
        await call(world, world.counter, 'POST', '/api/v1/recovery', {
          method: 'phone',
          contact: '+79061110001',
          captcha,
        })
      ).json(),
    );
    const code = codeIn(await lastMessage(world, '+79061110001'));
    keep(code, 'Лог-пароль-3');
    await call(world, world.counter, 'POST', `/api/v1/recovery/${rec.recoveryId}/verify`, { code });
    await call(world, world.counter, 'POST', `/api/v1/recovery/${rec.recoveryId}/password`, {
      password: 'Лог-пароль-3',
    });

    const mailCaptcha = await solvedCaptcha(world, world.counter);
    await call(world, world.counter, 'POST', '/api/v1/recovery', {
      method: 'email',
      contact: 'log.mail@example.org',
      captcha: mailCaptcha,
    });
    const link = linkIn(await lastMessage(world, 'log.mail@example.org'));
    const { posted } = await followLink(world, link);
    const form = hiddenFields(posted.body);
    keep(link.searchParams.get('token')!, form.formSecret!, 'Лог-пароль-4');
    await postForm(world, '/link/recovery', {
      ...form,
      password: 'Лог-пароль-4',
      repeat: 'Лог-пароль-4',
    });

    const { token } = await signIn(world, world.kiosk, 'log.phone', 'Лог-пароль-3');
    keep(token!);
    const me = (path: string, payload: unknown, session: string) =>
      call(world, world.kiosk, 'POST', `/api/v1/me/${path}`, payload, session);
    keep('Лог-пароль-5');
    const rotated = changePasswordResultSchema.parse(
      (await me('password', { current: 'Лог-пароль-3', next: 'Лог-пароль-5' }, token!)).json(),
    ).sessionToken;
    keep(rotated);
    await me('email', { email: 'log.new@example.org' }, rotated);
    const emailLink = linkIn(await lastMessage(world, 'log.new@example.org'));
    keep(emailLink.searchParams.get('token')!);
    await followLink(world, emailLink);
    const change = phoneChangeStateSchema.parse(
      (await me('phone', { phone: '+79061110009' }, rotated)).json(),
    );
    const phoneCode = codeIn(await lastMessage(world, '+79061110009'));
    keep(phoneCode);
    await me(`phone/${change.changeId}/verify`, { code: phoneCode }, rotated);
    await me('accounts', { login: 'log.mail', password: 'Лог-пароль-4' }, rotated);
    keep(world.kiosk.token, world.counter.token);

    const log = lines.join('');
    expect(log).toContain('message sent');
    expect(log).toContain('/link/registration?[redacted]');
    for (const secret of secrets) expect(log, 'a secret in the log').not.toContain(secret);
  });
});
