import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';

import {
  changePasswordResultSchema,
  profileSchema,
  phoneChangeStateSchema,
} from '../../../shared/sync/identity-http.js';
import { backends, createUser } from '../../support/central-fixture.js';
import { errorCodeOf } from '../harness.js';
import { otherCode } from './support.js';
import {
  call,
  codeIn,
  followLink,
  type IdentityWorld,
  lastMessage,
  linkIn,
  messageCount,
  openIdentityWorld,
  signIn,
} from './flow-harness.js';

const PASSWORD = 'Пароль-настроек-1';

describe.each(backends)('settings on %s', (backend) => {
  let world: IdentityWorld;
  let serial = 0;
  beforeAll(async () => {
    world = await openIdentityWorld(backend, inject('postgresUrl'));
  });
  afterAll(() => world.close());

  /** A resident owning the given accounts, with their own phone, signed in on the kiosk. */
  async function resident(accountIndexes: number[]) {
    serial += 1;
    const login = `settings${serial}`;
    const id = await createUser(world.tc.central, {
      login,
      password: PASSWORD,
      regionId: world.home.regionId,
      accountIds: accountIndexes.map((i) => world.home.accountIds[i]!),
    });
    const phone = `+7904000${String(serial).padStart(4, '0')}`;
    await world.tc.central.db.updateTable('users').set({ phone }).where('id', '=', id).execute();
    // every account given is the resident's own
    await world.tc.central.db
      .updateTable('user_accounts')
      .set({ role: 'owner' })
      .where('user_id', '=', id)
      .execute();
    const { token } = await signIn(world, world.kiosk, login, PASSWORD);
    const api = (method: 'GET' | 'POST' | 'DELETE', path: string, payload?: unknown) =>
      call(world, world.kiosk, method, `/api/v1/me/${path}`, payload, token!);
    return { id, login, phone, token: token!, api };
  }
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

  it('changes the e-mail by a link to the new address, pending until it is opened', async () => {
    const me = await resident([3]);
    expect(errorCodeOf(await me.api('POST', 'email', { email: 'no-at' }))).toBe('email_invalid');
    const taken = await me.api('POST', 'email', { email: 'SETTINGS1@example.org' });
    expect(errorCodeOf(taken)).toBe('contact_taken');
    const pending = profileOf(await me.api('POST', 'email', { email: 'New.Address@Example.org' }));
    expect(pending).toMatchObject({
      pendingEmail: 'new.address@example.org',
      email: `${me.login}@example.org`,
    });
    expect(errorCodeOf(await me.api('POST', 'email', { email: 'new.address@example.org' }))).toBe(
      'resend_too_soon',
    );
    world.clock.advanceMinutes(1);
    expect((await me.api('POST', 'email', { email: 'new.address@example.org' })).statusCode).toBe(
      200,
    );
    expect(await messageCount(world, 'new.address@example.org')).toBe(2);
    const link = linkIn(await lastMessage(world, 'new.address@example.org'));
    expect(link.pathname).toBe('/link/email');
    const { landing, posted } = await followLink(world, link);
    expect(landing.body).toContain('Подтвердить адрес');
    expect(posted.body).toContain('Адрес new.address@example.org подтверждён');
    const profile = profileOf(await me.api('GET', 'profile'));
    expect(profile).toMatchObject({ email: 'new.address@example.org', pendingEmail: null });
    expect((await followLink(world, link)).posted.statusCode).toBe(410);
  });

  it('changes the phone by a code to the new number', async () => {
    const me = await resident([4]);
    expect(errorCodeOf(await me.api('POST', 'phone', { phone: '12345' }))).toBe('phone_invalid');
    expect(errorCodeOf(await me.api('POST', 'phone', { phone: '+79040000001' }))).toBe(
      'contact_taken',
    );
    const change = phoneChangeStateSchema.parse(
      (await me.api('POST', 'phone', { phone: '8 905 111-22-33' })).json(),
    );
    expect(change).toMatchObject({ recipient: '+7 (905) ***-**-33', resendAfterSeconds: 60 });
    expect(errorCodeOf(await me.api('POST', `phone/${change.changeId}/resend`))).toBe(
      'resend_too_soon',
    );
    const code = codeIn(await lastMessage(world, '+79051112233'));
    expect(
      errorCodeOf(
        await me.api('POST', `phone/${change.changeId}/verify`, { code: otherCode(code) }),
      ),
    ).toBe('code_wrong');
    const profile = profileOf(await me.api('POST', `phone/${change.changeId}/verify`, { code }));
    expect(profile.phone).toBe('+79051112233');
    expect(errorCodeOf(await me.api('POST', `phone/${change.changeId}/verify`, { code }))).toBe(
      'code_used',
    );

    const late = phoneChangeStateSchema.parse(
      (await me.api('POST', 'phone', { phone: '+79051112244' })).json(),
    );
    const lateCode = codeIn(await lastMessage(world, '+79051112244'));
    world.clock.advanceMinutes(11);
    const expired = await me.api('POST', `phone/${late.changeId}/verify`, { code: lateCode });
    expect(errorCodeOf(expired)).toBe('code_expired');
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
