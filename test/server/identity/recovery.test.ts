import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';

import { recoveryStateSchema } from '../../../shared/sync/identity-http.js';
import { issueOneTimeCode } from '../../../server/identity/otp.js';
import { backends, createUser } from '../../support/central-fixture.js';
import { enrolDevice, errorCodeOf, type TestDevice } from '../harness.js';
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

const OLD = 'Старый-пароль-1';
const NEW = 'Новый-пароль-2';

describe.each(backends)('password recovery on %s', (backend) => {
  let world: IdentityWorld;
  beforeAll(async () => {
    world = await openIdentityWorld(backend, inject('postgresUrl'));
  });
  afterAll(() => world.close());

  async function resident(login: string, phone: string, email: string) {
    const id = await createUser(world.tc.central, {
      login,
      password: OLD,
      regionId: world.home.regionId,
      accountIds: [],
    });
    await world.tc.central.db
      .updateTable('users')
      .set({ phone, email })
      .where('id', '=', id)
      .execute();
  }
  const device = (): Promise<TestDevice> =>
    enrolDevice(world.app, world.tc.central, world.clock, 'kiosk', 'orenburg');
  async function start(on: TestDevice, method: 'phone' | 'email', contact: string) {
    const captcha = await solvedCaptcha(world, on);
    return call(world, on, 'POST', '/api/v1/recovery', { method, contact, captcha });
  }
  const step = (on: TestDevice, id: string, name: string, payload?: unknown) =>
    call(world, on, 'POST', `/api/v1/recovery/${id}/${name}`, payload);

  it('recovers by SMS code: the login shown, rules applied, sessions ended, lockout cleared', async () => {
    await resident('rec.phone', '+79037770001', 'rec.phone@example.org');
    const kiosk = await device();
    const before = await signIn(world, world.counter, 'rec.phone', OLD);
    for (let i = 0; i < 10; i += 1) await signIn(world, world.counter, 'rec.phone', 'неверный-1');
    expect(errorCodeOf((await signIn(world, world.counter, 'rec.phone', OLD)).response)).toBe(
      'account_locked',
    );

    const started = recoveryStateSchema.parse(
      (await start(kiosk, 'phone', '8 903 777-00-01')).json(),
    );
    expect(started).toMatchObject({ step: 'code', login: null, recipient: '+7 (903) ***-**-01' });
    const code = codeIn(await lastMessage(world, '+79037770001'));
    const verified = recoveryStateSchema.parse(
      (await step(kiosk, started.recoveryId, 'verify', { code })).json(),
    );
    expect(verified).toMatchObject({ step: 'password', login: 'rec.phone' });
    const weak = await step(kiosk, started.recoveryId, 'password', { password: 'rec.phone1' });
    expect(errorCodeOf(weak)).toBe('password_weak');
    const done = await step(kiosk, started.recoveryId, 'password', { password: NEW });
    expect(recoveryStateSchema.parse(done.json()).step).toBe('done');

    const me = await call(world, world.counter, 'GET', '/api/v1/me', undefined, before.token!);
    expect(me.statusCode).toBe(401);
    expect(errorCodeOf((await signIn(world, world.counter, 'rec.phone', OLD)).response)).toBe(
      'invalid_credentials',
    );
    expect((await signIn(world, world.counter, 'rec.phone', NEW)).token).not.toBeNull();
    expect(errorCodeOf(await step(kiosk, started.recoveryId, 'verify', { code }))).toBe(
      'step_invalid',
    );
  });

  it('recovers by e-mail link: the page shows the login only after the link is confirmed', async () => {
    await resident('rec.mail', '+79037770002', 'rec.mail@example.org');
    const kiosk = await device();
    const started = recoveryStateSchema.parse(
      (await start(kiosk, 'email', 'REC.mail@example.org')).json(),
    );
    expect(started).toMatchObject({ step: 'email_sent', login: null });
    const link = linkIn(await lastMessage(world, 'rec.mail@example.org'));
    const { landing, posted } = await followLink(world, link);
    expect(landing.body).toContain('Задать новый пароль');
    expect(landing.body).not.toContain('rec.mail');
    expect(posted.body).toContain('Логин: rec.mail');
    const status = await call(world, kiosk, 'GET', `/api/v1/recovery/${started.recoveryId}`);
    expect(recoveryStateSchema.parse(status.json())).toMatchObject({
      step: 'password',
      login: 'rec.mail',
    });

    const form = hiddenFields(posted.body);
    const forged = await postForm(world, '/link/recovery', {
      ...form,
      formSecret: 'x'.repeat(43),
      password: NEW,
      repeat: NEW,
    });
    expect(forged.statusCode).toBe(409);
    expect(forged.body).not.toContain('rec.mail');
    const mismatch = await postForm(world, '/link/recovery', {
      ...form,
      password: NEW,
      repeat: `${NEW}!`,
    });
    expect(mismatch.statusCode).toBe(400);
    expect(mismatch.body).toContain('Пароли не совпадают');
    const weak = await postForm(world, '/link/recovery', {
      ...form,
      password: 'short1',
      repeat: 'short1',
    });
    expect(weak.body).toContain('не короче 8');
    const done = await postForm(world, '/link/recovery', { ...form, password: NEW, repeat: NEW });
    expect(done.statusCode).toBe(200);
    expect(done.body).toContain('Пароль изменён');
    expect((await signIn(world, world.counter, 'rec.mail', NEW)).token).not.toBeNull();
    const reused = await followLink(world, link);
    expect(reused.posted.statusCode).toBe(410);
    expect(reused.posted.body).toContain('уже использованы');
  });

  it('answers the same for a registered and an unknown contact, and a decoy never matches', async () => {
    await resident('rec.same', '+79037770011', 'rec.same@example.org');
    const [a, b] = [await device(), await device()];
    const known = await start(a, 'phone', '+79037770011');
    const unknown = await start(b, 'phone', '+79038880011');
    expect(unknown.statusCode).toBe(known.statusCode);
    const [k, u] = [known, unknown].map((r) => recoveryStateSchema.parse(r.json()));
    expect({ ...u, recoveryId: '' }).toEqual({ ...k!, recoveryId: '' });
    for (let attempt = 1; attempt <= 4; attempt += 1) {
      const answers = await Promise.all([
        step(a, k!.recoveryId, 'verify', { code: '000000' }),
        step(b, u!.recoveryId, 'verify', { code: '000000' }),
      ]);
      expect(answers[0]!.statusCode).toBe(400);
      expect(answers[1]!.statusCode).toBe(400);
      expect(answers[1]!.body).toBe(answers[0]!.body);
    }
    const early = [await step(a, k!.recoveryId, 'resend'), await step(b, u!.recoveryId, 'resend')];
    expect(early.map(errorCodeOf)).toEqual(['resend_too_soon', 'resend_too_soon']);

    world.clock.advanceMinutes(1);
    // Even the decoy's actual code, obtained here by re-issuing it, is refused.
    const { key, codePolicy } = world.app.kabinet.identity;
    const issued = await issueOneTimeCode(
      world.tc.central.db,
      { now: world.clock(), key, policy: codePolicy },
      {
        purpose: 'recovery',
        requestId: u!.recoveryId,
        channel: 'sms',
        recipient: '+79038880011',
      },
    );
    if (!issued.ok) throw new Error('re-issue refused');
    const refused = await step(b, u!.recoveryId, 'verify', { code: issued.secret });
    expect(errorCodeOf(refused)).toBe('code_attempts_exhausted');
    const byMail = [
      await start(a, 'email', 'rec.same@example.org'),
      await start(b, 'email', 'nobody@example.org'),
    ];
    expect(byMail.map((r) => recoveryStateSchema.parse(r.json()).step)).toEqual([
      'email_sent',
      'email_sent',
    ]);
  });

  it('throttles starts per device and per contact, registered or not', async () => {
    await resident('rec.throttle', '+79037770021', 'rec.throttle@example.org');
    const busy = await device();
    for (let i = 0; i < 10; i += 1) {
      expect((await start(busy, 'phone', `+7903999${String(i).padStart(4, '0')}`)).statusCode).toBe(
        200,
      );
    }
    expect(errorCodeOf(await start(busy, 'phone', '+79039990099'))).toBe('rate_limited');
    for (const contact of ['+79037770021', '+79030000404']) {
      for (let i = 0; i < 5; i += 1) {
        expect((await start(await device(), 'phone', contact)).statusCode).toBe(200);
      }
      const refused = await start(await device(), 'phone', contact);
      expect(refused.statusCode).toBe(429);
      expect(errorCodeOf(refused)).toBe('rate_limited');
    }
    world.clock.advanceMinutes(61);
    expect((await start(busy, 'phone', '+79030000404')).statusCode).toBe(200);
  });
});
