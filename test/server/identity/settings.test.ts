import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';

import { changePasswordResultSchema, profileSchema } from '../../../shared/sync/identity-http.js';
import { backends } from '../../support/central-fixture.js';
import { errorCodeOf } from '../harness.js';
import { call, type IdentityWorld, openIdentityWorld, signIn } from './flow-harness.js';
import { residentMaker, SETTINGS_PASSWORD as PASSWORD } from './settings-harness.js';

describe.each(backends)('settings on %s', (backend) => {
  let world: IdentityWorld;
  beforeAll(async () => {
    world = await openIdentityWorld(backend, inject('postgresUrl'));
  });
  afterAll(() => world.close());

  const resident = residentMaker(() => world, 'settings', 1);
  const profileOf = (response: { json(): unknown }) => profileSchema.parse(response.json());

  it('shows the profile and keeps the consent history with its times (Рис. 32)', async () => {
    const me = await resident([0]);
    const profile = profileOf(await me.api('GET', 'profile'));
    expect(profile).toMatchObject({ login: me.login, phone: me.phone, pendingEmail: null });
    expect(profile.mailingConsent).toEqual({ granted: false, at: null });
    expect(profile.accounts.map((a) => a.role)).toEqual(['owner']);
    const granted = profileOf(await me.api('POST', 'consent', { mailing: true }));
    expect(granted.mailingConsent).toEqual({ granted: true, at: world.clock().toISOString() });
    world.clock.advanceMinutes(1);
    const withdrawn = profileOf(await me.api('POST', 'consent', { mailing: false }));
    expect(withdrawn.mailingConsent).toEqual({ granted: false, at: world.clock().toISOString() });
    const history = await world.tc.central.db
      .selectFrom('user_consents')
      .select('granted')
      .where('user_id', '=', me.id)
      .orderBy('id')
      .execute();
    expect(history.map((row) => row.granted)).toEqual([true, false]);
  });

  it('changes the password and rotates the sessions; a wrong current one counts toward the lock', async () => {
    const me = await resident([1]);
    const elsewhere = await signIn(world, world.counter, me.login, PASSWORD);
    const wrong = await me.api('POST', 'password', {
      current: 'не-тот-1',
      next: 'Другой-пароль-9',
    });
    expect(wrong.statusCode).toBe(403);
    expect(errorCodeOf(wrong)).toBe('password_wrong');
    const weak = await me.api('POST', 'password', { current: PASSWORD, next: 'abc' });
    expect(errorCodeOf(weak)).toBe('password_weak');
    const same = await me.api('POST', 'password', { current: PASSWORD, next: PASSWORD });
    expect(errorCodeOf(same)).toBe('password_weak');
    const changed = changePasswordResultSchema.parse(
      (await me.api('POST', 'password', { current: PASSWORD, next: 'Другой-пароль-9' })).json(),
    );
    expect(changed.sessionToken).not.toBe(me.token);
    expect((await me.api('GET', 'profile')).statusCode).toBe(401);
    const other = await call(
      world,
      world.counter,
      'GET',
      '/api/v1/me/profile',
      undefined,
      elsewhere.token!,
    );
    expect(other.statusCode).toBe(401);
    const renewed = await call(
      world,
      world.kiosk,
      'GET',
      '/api/v1/me/profile',
      undefined,
      changed.sessionToken,
    );
    expect(renewed.statusCode).toBe(200);
    expect((await signIn(world, world.counter, me.login, 'Другой-пароль-9')).token).not.toBeNull();

    const locked = await resident([2]);
    for (let i = 0; i < 10; i += 1) {
      expect(
        errorCodeOf(
          await locked.api('POST', 'password', { current: `нет-${i}0`, next: 'Другой-пароль-9' }),
        ),
      ).toBe('password_wrong');
    }
    const refused = await locked.api('POST', 'password', {
      current: PASSWORD,
      next: 'Другой-пароль-9',
    });
    expect(refused.statusCode).toBe(423);
  });

  it("adds another owner's accounts by their login and password, and removes accounts", async () => {
    const me = await resident([5]);
    const owner = await resident([6, 7]);
    const wrong = await me.api('POST', 'accounts', {
      login: owner.login,
      password: 'не-тот-пароль-1',
    });
    expect(wrong.statusCode).toBe(403);
    expect(errorCodeOf(wrong)).toBe('invalid_credentials');
    expect(
      errorCodeOf(await me.api('POST', 'accounts', { login: 'nobody.here', password: PASSWORD })),
    ).toBe('invalid_credentials');
    const added = profileOf(
      await me.api('POST', 'accounts', { login: owner.login.toUpperCase(), password: PASSWORD }),
    );
    expect(added.accounts.map((a) => [a.accountId, a.role])).toEqual([
      [world.home.accountIds[5], 'owner'],
      [world.home.accountIds[6], 'linked'],
      [world.home.accountIds[7], 'linked'],
    ]);
    expect(
      errorCodeOf(await me.api('POST', 'accounts', { login: owner.login, password: PASSWORD })),
    ).toBe('account_already_linked');
    expect(
      errorCodeOf(await me.api('POST', 'accounts', { login: me.login, password: PASSWORD })),
    ).toBe('account_already_linked');

    const removed = profileOf(await me.api('DELETE', `accounts/${world.home.accountIds[6]}`));
    expect(removed.accounts).toHaveLength(2);
    const last = await me.api('DELETE', `accounts/${world.home.accountIds[5]}`);
    expect(errorCodeOf(last)).toBe('account_last');
    expect(errorCodeOf(await me.api('DELETE', `accounts/${world.home.accountIds[0]}`))).toBe(
      'not_found',
    );
    const ownerLeft = profileOf(await owner.api('DELETE', `accounts/${world.home.accountIds[7]}`));
    expect(ownerLeft.accounts.map((a) => a.accountId)).toEqual([world.home.accountIds[6]]);
  });

  it('ends a session idle past its limit on the settings routes too', async () => {
    const me = await resident([0]);
    world.clock.advanceMinutes(31);
    expect((await me.api('GET', 'profile')).statusCode).toBe(401);
    expect((await me.api('POST', 'consent', { mailing: true })).statusCode).toBe(401);
  });
});
