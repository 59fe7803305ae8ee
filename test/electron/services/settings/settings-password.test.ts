// "Изменить пароль" (Рис. 29) through the real main services and a real central service: the
// current password must match, the new one must follow the rules, and the session continues
// with a rotated token while every older session of the resident ends.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';

import { backends } from '../../../support/central-fixture.js';
import { expectFailure, openSettingsWorld, type SettingsWorld } from './support.js';

const NEXT_PASSWORD = 'Novyi-Parol-2027';

describe.each(backends)('settings: password change (%s)', (backend) => {
  let world: SettingsWorld;
  beforeAll(async () => {
    world = await openSettingsWorld(backend, inject('postgresUrl'));
    await world.signIn();
  });
  afterAll(() => world.close());

  const openSessions = () =>
    world.central.db
      .selectFrom('sessions')
      .innerJoin('users', 'users.id', 'sessions.user_id')
      .select(['sessions.token_hash', 'sessions.device_id'])
      .where('users.login', '=', world.fixture.user.login)
      .where('sessions.ended_at', 'is', null)
      .execute();
  const failedLogins = async () =>
    (
      await world.central.db
        .selectFrom('users')
        .select('failed_logins')
        .where('login', '=', world.fixture.user.login)
        .executeTakeFirstOrThrow()
    ).failed_logins;

  it('refuses weak new passwords on the device, before the central is asked', async () => {
    const weak = ['short1', 'onlyletters', '1234567890123', 'ivanova-2026', 'Password1'];
    for (const next of weak) {
      // A wrong current password would count toward the lockout if the central had been asked.
      const result = await world.device.raw('settings.changePassword', {
        current: 'Wrong-Pass-2026',
        next,
      });
      expectFailure(result, 'password_weak');
    }
    expect(await failedLogins()).toBe(0);
  });

  it('refuses a new password equal to the current one', async () => {
    const same = world.fixture.user.password;
    expectFailure(
      await world.device.raw('settings.changePassword', { current: same, next: same }),
      'password_weak',
    );
  });

  it('refuses a wrong current password, counts it, and the session goes on', async () => {
    const result = await world.device.raw('settings.changePassword', {
      current: 'Wrong-Pass-2026',
      next: NEXT_PASSWORD,
    });
    expectFailure(result, 'password_wrong');
    expect(await failedLogins()).toBe(1);
    expect(await world.device.call('session.get')).not.toBeNull();
    expect((await world.device.call('settings.get')).login).toBe(world.fixture.user.login);
  });

  it('changes the password, rotates the session and keeps the person signed in', async () => {
    const before = await openSessions();
    expect(before).toHaveLength(1);
    const profile = await world.device.call('settings.changePassword', {
      current: world.fixture.user.password,
      next: NEXT_PASSWORD,
    });
    expect(profile.login).toBe(world.fixture.user.login);

    const after = await openSessions();
    expect(after).toHaveLength(1);
    expect(after[0]!.token_hash).not.toBe(before[0]!.token_hash);
    expect(after[0]!.device_id).toBe(before[0]!.device_id);
    // The device goes on with the new token: settings and account data still answer.
    expect(await world.device.call('session.get')).toMatchObject({ login: 'ivanova' });
    const details = await world.device.call('accounts.getDetails', {
      accountId: world.fixture.user.accountIds[0],
    });
    expect(details.accountId).toBe(world.fixture.user.accountIds[0]);
    expect(world.device.events.filter((e) => e.event === 'session.ended')).toEqual([]);
  });

  it('signs in with the new password only', async () => {
    await world.device.call('session.signOut');
    expectFailure(
      await world.device.raw('session.signIn', {
        login: world.fixture.user.login,
        password: world.fixture.user.password,
      }),
      'invalid_credentials',
    );
    expect(await world.signIn(NEXT_PASSWORD)).toMatchObject({ login: 'ivanova' });
  });

  it('asks for a session', async () => {
    await world.device.call('session.signOut');
    expectFailure(
      await world.device.raw('settings.changePassword', {
        current: NEXT_PASSWORD,
        next: 'Tretii-Parol-2028',
      }),
      'not_signed_in',
    );
  });
});
