// "Добавить ЛС" (Рис. 33–34) by the owner's login and password, and removing accounts, through
// the real main services: the session's accounts (the switcher) follow every change.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';

import { backends } from '../../../support/central-fixture.js';
import { expectFailure, openSettingsWorld, type SettingsWorld } from './support.js';

const OWNER = { login: 'sidorov1385', password: 'Sidorov-Pass-2026' };

describe.each(backends)('settings: linked accounts (%s)', (backend) => {
  let world: SettingsWorld;
  let ownersAccount: number;
  beforeAll(async () => {
    world = await openSettingsWorld(backend, inject('postgresUrl'));
    ownersAccount = world.fixture.unlinkedAccountId;
    await world.createOwner(OWNER.login, OWNER.password, ownersAccount);
    await world.signIn();
  });
  afterAll(() => world.close());

  const sessionAccounts = async () =>
    ((await world.device.call('session.get'))?.accounts ?? []).map((a) => a.accountId);

  it('lists the accounts with the person’s role in each', async () => {
    const profile = await world.device.call('settings.get');
    const [own, linked, away] = world.fixture.user.accountIds;
    expect(profile.accounts.map((a) => [a.accountId, a.role])).toEqual(
      expect.arrayContaining([
        [own, 'owner'],
        [linked, 'linked'],
        [away, 'linked'],
      ]),
    );
    expect(profile.accounts.find((a) => a.accountId === away)?.regionName).toBe(
      'Самарская область',
    );
  });

  it('refuses wrong owner credentials, an owner without accounts, and never links by number', async () => {
    expectFailure(
      await world.device.raw('settings.addAccount', { login: OWNER.login, password: 'Wrong-1234' }),
      'invalid_credentials',
    );
    expectFailure(
      await world.device.raw('settings.addAccount', { login: 'nobody', password: OWNER.password }),
      'invalid_credentials',
    );
    await world.central.db
      .insertInto('users')
      .values({
        login: 'no-accounts',
        password_hash: (
          await world.central.db
            .selectFrom('users')
            .select('password_hash')
            .where('login', '=', OWNER.login)
            .executeTakeFirstOrThrow()
        ).password_hash,
        full_name: 'Без Счетов',
        region_id: world.fixture.regionId,
      })
      .execute();
    expectFailure(
      await world.device.raw('settings.addAccount', {
        login: 'no-accounts',
        password: OWNER.password,
      }),
      'account_unknown',
    );
    const number = world.fixture.accountIds[2];
    expectFailure(
      await world.device.raw('settings.addAccount', { accountNumber: String(number) }),
      'invalid_input',
    );
    expect(await sessionAccounts()).not.toContain(ownersAccount);
  });

  it('adds the owner’s account: it is in the switcher and its card opens', async () => {
    const profile = await world.device.call('settings.addAccount', OWNER);
    expect(profile.accounts.find((a) => a.accountId === ownersAccount)?.role).toBe('linked');
    expect(await sessionAccounts()).toContain(ownersAccount);
    const details = await world.device.call('accounts.getDetails', { accountId: ownersAccount });
    expect(details.ownerName).toMatch(/^Житель Номер/);
  });

  it('refuses to add it again', async () => {
    expectFailure(await world.device.raw('settings.addAccount', OWNER), 'account_already_linked');
  });

  it('removes a linked account from the list and the switcher', async () => {
    const profile = await world.device.call('settings.removeAccount', { accountId: ownersAccount });
    expect(profile.accounts.map((a) => a.accountId)).not.toContain(ownersAccount);
    expect(await sessionAccounts()).not.toContain(ownersAccount);
    expectFailure(
      await world.device.raw('accounts.getDetails', { accountId: ownersAccount }),
      'account_not_linked',
    );
  });

  it('refuses to remove the last own account, and an account that is not in the list', async () => {
    const [own] = world.fixture.user.accountIds;
    expectFailure(
      await world.device.raw('settings.removeAccount', { accountId: own }),
      'account_last',
    );
    expect(await sessionAccounts()).toContain(own);
    expectFailure(
      await world.device.raw('settings.removeAccount', { accountId: world.fixture.accountIds[3] }),
      'not_found',
    );
  });
});
