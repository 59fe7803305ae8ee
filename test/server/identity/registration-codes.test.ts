import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';

import { registrationStateSchema } from '../../../shared/sync/identity-http.js';
import { backends, createUser } from '../../support/central-fixture.js';
import { enrolDevice, errorCodeOf } from '../harness.js';
import { otherCode } from './support.js';
import {
  call,
  codeIn,
  type IdentityWorld,
  lastMessage,
  messageCount,
  openIdentityWorld,
  solvedCaptcha,
} from './flow-harness.js';

const PASSWORD = 'Надёжный-пароль-7';

describe.each(backends)('registration refusals on %s', (backend) => {
  let world: IdentityWorld;
  let numbers: string[] = [];
  let serial = 0;
  beforeAll(async () => {
    world = await openIdentityWorld(backend, inject('postgresUrl'));
    const rows = await world.tc.central.db
      .selectFrom('accounts')
      .select(['id', 'number'])
      .execute();
    numbers = world.home.accountIds.map((id) => rows.find((r) => r.id === id)!.number);
    await createUser(world.tc.central, {
      login: 'Taken.Login',
      password: PASSWORD,
      regionId: world.home.regionId,
      accountIds: [],
    });
  });
  afterAll(() => world.close());

  async function start(fields: Record<string, unknown>, captcha?: unknown, on = world.kiosk) {
    return call(world, on, 'POST', '/api/v1/registration', {
      regionCode: 'orenburg',
      login: `person${(serial += 1)}`,
      password: PASSWORD,
      variant: 'phone',
      contact: `+7903666${String(serial).padStart(4, '0')}`,
      city: 'Оренбург',
      captcha: captcha ?? (await solvedCaptcha(world, on)),
      ...fields,
    });
  }
  const step = (id: string, name: string, payload?: unknown) =>
    call(world, world.kiosk, 'POST', `/api/v1/registration/${id}/${name}`, payload);

  /** A registration waiting for its SMS code, and the code as sent. */
  async function awaitingCode(phone: string, account: string) {
    const id = registrationStateSchema.parse(
      (await start({ contact: phone })).json(),
    ).registrationId;
    await step(id, 'account', { accountNumber: account });
    await step(id, 'confirm');
    return { id, code: codeIn(await lastMessage(world, phone)) };
  }

  it('checks the captcha first and spends it whatever the answer', async () => {
    const captcha = await solvedCaptcha(world, world.kiosk);
    const wrong = await start({ login: 'x' }, { ...captcha, answer: '99' });
    expect(errorCodeOf(wrong)).toBe('captcha_wrong');
    expect(errorCodeOf(await start({}, captcha))).toBe('captcha_wrong');
    const stale = await solvedCaptcha(world, world.kiosk);
    world.clock.advanceMinutes(6);
    expect(errorCodeOf(await start({}, stale))).toBe('captcha_expired');
  });

  it('refuses bad logins, weak passwords and bad or taken contacts', async () => {
    expect(errorCodeOf(await start({ login: 'ab' }))).toBe('login_invalid');
    expect(errorCodeOf(await start({ login: 'логин' }))).toBe('login_invalid');
    expect(errorCodeOf(await start({ login: 'taken.LOGIN' }))).toBe('login_taken');
    const weak = await start({ password: 'коротк1' });
    expect(errorCodeOf(weak)).toBe('password_weak');
    expect((weak.json() as { error: { message: string } }).error.message).toMatch(/не короче 8/);
    expect(errorCodeOf(await start({ password: 'qwerty123' }))).toBe('password_weak');
    expect(errorCodeOf(await start({ login: 'maria77', password: 'maria77-home' }))).toBe(
      'password_weak',
    );
    expect(errorCodeOf(await start({ contact: '12345' }))).toBe('phone_invalid');
    expect(errorCodeOf(await start({ variant: 'email', contact: 'no-at-sign' }))).toBe(
      'email_invalid',
    );
    expect(errorCodeOf(await start({ contact: '+7 903 123-45-67' }))).toBe('contact_taken');
    expect(errorCodeOf(await start({ variant: 'email', contact: 'TAKEN.login@example.org' }))).toBe(
      'contact_taken',
    );
    expect(errorCodeOf(await start({ regionCode: 'atlantis' }))).toBe('region_unknown');
    const count = await world.tc.central.db
      .selectFrom('registrations')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(0);
  });

  it('honours the resend cooldown, and a resent code replaces the old one', async () => {
    const { id, code } = await awaitingCode('+79036660101', numbers[0]!);
    const early = await step(id, 'resend');
    expect(early.statusCode).toBe(429);
    expect(errorCodeOf(early)).toBe('resend_too_soon');
    expect(await messageCount(world, '+79036660101')).toBe(1);
    world.clock.advanceMinutes(1);
    const resent = registrationStateSchema.parse((await step(id, 'resend')).json());
    expect(resent.resendAfterSeconds).toBe(60);
    const fresh = codeIn(await lastMessage(world, '+79036660101'));
    if (fresh !== code) expect(errorCodeOf(await step(id, 'verify', { code }))).toBe('code_wrong');
    expect((await step(id, 'verify', { code: fresh })).statusCode).toBe(200);
    expect(errorCodeOf(await step(id, 'verify', { code: fresh }))).toBe('step_invalid');
  });

  it('locks the code after five wrong answers, even for the right one then', async () => {
    const { id, code } = await awaitingCode('+79036660102', numbers[1]!);
    for (let left = 4; left >= 1; left -= 1) {
      const wrong = await step(id, 'verify', { code: otherCode(code) });
      expect(errorCodeOf(wrong)).toBe('code_wrong');
      expect((wrong.json() as { error: { message: string } }).error.message).toContain(`${left}`);
    }
    expect(errorCodeOf(await step(id, 'verify', { code: otherCode(code) }))).toBe(
      'code_attempts_exhausted',
    );
    expect(errorCodeOf(await step(id, 'verify', { code }))).toBe('code_attempts_exhausted');
  });

  it('refuses an expired code, and an expired registration', async () => {
    const { id, code } = await awaitingCode('+79036660103', numbers[2]!);
    world.clock.advanceMinutes(11);
    expect(errorCodeOf(await step(id, 'verify', { code }))).toBe('code_expired');
    world.clock.advanceMinutes(20);
    const expired = await step(id, 'resend');
    expect(expired.statusCode).toBe(410);
    expect(errorCodeOf(expired)).toBe('registration_expired');
  });

  it('throttles starts per device, wrong captchas included', async () => {
    const busy = await enrolDevice(world.app, world.tc.central, world.clock, 'kiosk', 'orenburg');
    const wrong = { challengeId: '6f1c2b9e-3d4a-4c5b-8e7f-0a1b2c3d4e5f', answer: '0' };
    for (let i = 0; i < 30; i += 1) {
      expect(errorCodeOf(await start({}, wrong, busy))).toBe('captcha_wrong');
    }
    const refused = await start({}, undefined, busy);
    expect(refused.statusCode).toBe(429);
    expect(errorCodeOf(refused)).toBe('rate_limited');
    world.clock.advanceMinutes(61);
    expect((await start({}, undefined, busy)).statusCode).toBe(200);
  });

  it('answers an unknown registration with not_found and malformed ids with invalid_input', async () => {
    const unknown = await step('4b7e1c9a-0000-4000-8000-000000000000', 'confirm');
    expect(errorCodeOf(unknown)).toBe('not_found');
    expect(errorCodeOf(await step('nope', 'confirm'))).toBe('invalid_input');
  });
});
