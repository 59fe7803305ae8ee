import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';

import { signInResponseSchema } from '../../shared/sync/http.js';
import {
  backends,
  createUser,
  openTestCentral,
  type SeededRegion,
  seedRegion,
  type TestCentral,
} from '../support/central-fixture.js';
import { buildTestApp, enrolDevice, errorCodeOf, testClock, type TestDevice } from './harness.js';

const PASSWORD = 'Верный-пароль-2025';

describe.each(backends)('resident sign-in on %s', (backend) => {
  let tc: TestCentral;
  let app: FastifyInstance;
  let home: SeededRegion;
  let away: SeededRegion;
  let counter: TestDevice;
  const clock = testClock();
  beforeAll(async () => {
    tc = await openTestCentral(backend, inject('postgresUrl'));
    home = await seedRegion(tc.central, {
      code: 'orenburg',
      name: 'Оренбургская область',
      accounts: 2,
    });
    away = await seedRegion(tc.central, { code: 'samara', name: 'Самарская область', accounts: 1 });
    for (const login of ['Ivanov', 'petrov', 'sidorov', 'kuznetsov']) {
      await createUser(tc.central, {
        login,
        password: PASSWORD,
        regionId: home.regionId,
        accountIds: [home.accountIds[0]!, away.accountIds[0]!],
      });
    }
    app = await buildTestApp(tc.central, clock, {
      config: { sessionIdleMinutes: 30, sessionAbsoluteHours: 2 },
    });
    counter = await enrolDevice(app, tc.central, clock, 'counter', 'orenburg');
  });
  afterAll(async () => {
    await app.close();
    await tc.dispose();
  });

  const signIn = (device: TestDevice, login: string, password: string) =>
    app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      headers: device.headers,
      payload: { login, password },
    });
  const me = (device: TestDevice, sessionToken: string) =>
    app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: { ...device.headers, 'x-session-token': sessionToken },
    });

  it('signs in case-insensitively and returns the user with linked accounts of any region', async () => {
    const response = await signIn(counter, 'IVANOV', PASSWORD);
    expect(response.statusCode).toBe(200);
    const body = signInResponseSchema.parse(response.json());
    expect(body.user).toMatchObject({
      login: 'Ivanov',
      fullName: 'Иванов Иван Иванович',
      phone: '+79031234567',
    });
    expect(body.accounts.map((a) => [a.accountId, a.regionName])).toEqual([
      [home.accountIds[0], 'Оренбургская область'],
      [away.accountIds[0], 'Самарская область'],
    ]);
    expect(body.accounts[0]).toMatchObject({
      ownerName: 'Иванов Иван 0',
      ownerPhone: '+79030000000',
    });
    expect(new Date(body.expiresAt).getTime() - clock().getTime()).toBe(2 * 3_600_000);
    const profile = await me(counter, body.sessionToken);
    expect(profile.statusCode).toBe(200);
    expect(profile.json()).toEqual({ user: body.user, accounts: body.accounts });
  });

  it('answers a wrong password and an unknown login with the same generic body', async () => {
    const wrong = await signIn(counter, 'petrov', 'not-the-password');
    const unknown = await signIn(counter, 'nobody-here', 'not-the-password');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(errorCodeOf(wrong)).toBe('invalid_credentials');
    expect(unknown.body).toBe(wrong.body);
    expect((await signIn(counter, 'petrov', PASSWORD)).statusCode).toBe(200);
  });

  it('locks an account after 10 consecutive failures for 15 minutes, then lets it in again', async () => {
    const device = await enrolDevice(app, tc.central, clock, 'kiosk', 'orenburg');
    for (let i = 0; i < 10; i += 1) {
      expect((await signIn(device, 'sidorov', `wrong-${i}`)).statusCode).toBe(401);
    }
    const locked = await signIn(device, 'sidorov', PASSWORD);
    expect(locked.statusCode).toBe(423);
    expect(errorCodeOf(locked)).toBe('account_locked');
    expect(locked.json().error.message).toMatch(/позже|поддержк/);
    clock.advanceMinutes(14);
    expect((await signIn(device, 'sidorov', PASSWORD)).statusCode).toBe(423);
    clock.advanceMinutes(1);
    expect((await signIn(device, 'sidorov', PASSWORD)).statusCode).toBe(200);
    const row = await tc.central.db
      .selectFrom('users')
      .select(['failed_logins', 'locked_until'])
      .where('login', '=', 'sidorov')
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ failed_logins: 0, locked_until: null });
  });

  it('resets the failure count on success, so failures must be consecutive to lock', async () => {
    for (let i = 0; i < 9; i += 1) await signIn(counter, 'kuznetsov', 'wrong');
    expect((await signIn(counter, 'kuznetsov', PASSWORD)).statusCode).toBe(200);
    for (let i = 0; i < 9; i += 1) await signIn(counter, 'kuznetsov', 'wrong');
    expect((await signIn(counter, 'kuznetsov', PASSWORD)).statusCode).toBe(200);
  });

  it('throttles a source device after 30 failures in 10 minutes with 429, per device', async () => {
    const noisy = await enrolDevice(app, tc.central, clock, 'kiosk', 'orenburg');
    const quiet = await enrolDevice(app, tc.central, clock, 'kiosk', 'orenburg');
    for (let i = 0; i < 30; i += 1) {
      expect((await signIn(noisy, `guess-${i}`, 'password')).statusCode).toBe(401);
    }
    const limited = await signIn(noisy, 'petrov', PASSWORD);
    expect(limited.statusCode).toBe(429);
    expect(errorCodeOf(limited)).toBe('rate_limited');
    expect((await signIn(quiet, 'petrov', PASSWORD)).statusCode).toBe(200);
    clock.advanceMinutes(10);
    expect((await signIn(noisy, 'petrov', PASSWORD)).statusCode).toBe(200);
  });

  it('ends a session after the idle limit, measured from its last use', async () => {
    const { sessionToken } = signInResponseSchema.parse(
      (await signIn(counter, 'ivanov', PASSWORD)).json(),
    );
    clock.advanceMinutes(29);
    expect((await me(counter, sessionToken)).statusCode).toBe(200);
    clock.advanceMinutes(29);
    expect((await me(counter, sessionToken)).statusCode).toBe(200);
    clock.advanceMinutes(30);
    const expired = await me(counter, sessionToken);
    expect(expired.statusCode).toBe(401);
    expect(errorCodeOf(expired)).toBe('unauthorized');
  });

  it('ends a session at the absolute limit however busy it is', async () => {
    const { sessionToken } = signInResponseSchema.parse(
      (await signIn(counter, 'ivanov', PASSWORD)).json(),
    );
    for (let minutes = 20; minutes < 120; minutes += 20) {
      clock.advanceMinutes(20);
      expect((await me(counter, sessionToken)).statusCode).toBe(200);
    }
    clock.advanceMinutes(20);
    expect((await me(counter, sessionToken)).statusCode).toBe(401);
  });

  it('binds a session to its device', async () => {
    const other = await enrolDevice(app, tc.central, clock, 'counter', 'orenburg');
    const { sessionToken } = signInResponseSchema.parse(
      (await signIn(counter, 'ivanov', PASSWORD)).json(),
    );
    expect((await me(other, sessionToken)).statusCode).toBe(401);
    expect((await me(counter, sessionToken)).statusCode).toBe(200);
  });

  it('signs out idempotently and the session no longer works', async () => {
    const { sessionToken } = signInResponseSchema.parse(
      (await signIn(counter, 'ivanov', PASSWORD)).json(),
    );
    const signOut = () =>
      app.inject({
        method: 'POST',
        url: '/api/v1/auth/sign-out',
        headers: { ...counter.headers, 'x-session-token': sessionToken },
      });
    const first = await signOut();
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual({});
    expect((await signOut()).statusCode).toBe(200);
    expect((await me(counter, sessionToken)).statusCode).toBe(401);
  });

  it('needs device authentication for sign-in and a session for /me', async () => {
    const anonymous = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      payload: { login: 'ivanov', password: PASSWORD },
    });
    expect(anonymous.statusCode).toBe(401);
    expect(errorCodeOf(anonymous)).toBe('unauthorized');
    const noSession = await app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: counter.headers,
    });
    expect(noSession.statusCode).toBe(401);
  });
});
