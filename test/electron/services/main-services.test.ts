import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { AccountDetails } from '../../../shared/contract/views.js';
import { deviceFolder, type FixtureCentral, startFixtureCentral } from './support/harness.js';
import { servicesUnderTest, type ServicesUnderTest } from './support/services.js';

describe('main services against a real central service', () => {
  let central: FixtureCentral;
  let now = new Date('2026-03-10T09:00:00Z');
  const clock = () => now;
  const counterFolder = deviceFolder();
  let counter: ServicesUnderTest;

  const enrolAs = async (device: ServicesUnderTest, profile: 'kiosk' | 'counter') => {
    const { code } = await central.running.issueEnrolmentCode(profile, 'orenburg');
    return device.call('device.enrol', { centralUrl: central.running.url, code });
  };

  beforeAll(async () => {
    central = await startFixtureCentral({ accounts: 5, clock });
    counter = await servicesUnderTest({
      userDataDir: counterFolder.dir,
      secretStore: counterFolder.secrets,
      centralUrl: central.running.url,
      clock,
    });
    await counter.services.start();
  });
  afterAll(async () => {
    await counter.services.stop();
    await central.close();
    counterFolder.cleanup();
  });

  it('starts unenrolled, enrols through device.enrol and syncs', async () => {
    expect(await counter.call('app.getState')).toEqual({
      version: '0.1.0-test',
      enrolled: false,
      embedded: false,
      profile: null,
      region: null,
      cacheRebuilt: false,
      kioskIdle: { idleSeconds: 90, warningSeconds: 20 },
      sandbox: false,
    });
    expect(await counter.raw('session.signIn', { login: 'ivanova', password: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'not_enrolled' },
    });
    const state = await enrolAs(counter, 'counter');
    expect(state).toMatchObject({
      enrolled: true,
      profile: 'counter',
      region: { code: 'orenburg', name: 'Оренбургская область', timeZone: 'Asia/Yekaterinburg' },
    });
    const status = await counter.call('sync.runNow');
    expect(status).toMatchObject({
      online: true,
      running: false,
      lastError: null,
      lastSyncAt: now.toISOString(),
    });
    expect(counter.events.some((e) => e.event === 'sync.status')).toBe(true);
  });

  it('refuses a wrong password, then signs in with the linked accounts', async () => {
    expect(
      await counter.raw('session.signIn', { login: 'ivanova', password: 'wrong-password' }),
    ).toEqual({
      ok: false,
      error: { code: 'invalid_credentials', messageKey: 'errors.invalid_credentials' },
    });
    const view = await counter.call('session.signIn', {
      login: 'ivanova',
      password: central.fixture.user.password,
    });
    expect(view).toMatchObject({
      login: 'ivanova',
      fullName: 'Иванова Мария Петровна',
      phone: '+79035551234',
    });
    expect(view.accounts.map((a) => a.accountId)).toEqual(central.fixture.user.accountIds);
    expect(await counter.call('session.get')).toEqual(view);
  });

  it('composes an account card from the cache: tariffs in force today, meters, suppliers, owner', async () => {
    const accountId = central.fixture.accountIds[0]!;
    const details = (await counter.call('accounts.getDetails', { accountId })) as AccountDetails;
    expect(details).toMatchObject({
      accountId,
      number: '5600000001',
      regionName: 'Оренбургская область',
      ownerName: 'Иванова Мария Петровна',
      ownerPhone: '+79035551234',
      rooms: 1,
      residents: 1,
    });
    expect(
      details.services.map((s) => [s.serviceName, s.supplierName, s.meterCount, s.tariffs]),
    ).toEqual([
      [
        'Холодное водоснабжение',
        'ООО «Оренбург Водоканал»',
        1,
        [{ zoneCount: 1, zone: 'single', price: '41.23', validFrom: '2025-07-01' }],
      ],
      [
        'Электроснабжение',
        'АО «ЭнергосбыТ Плюс»',
        1,
        [
          { zoneCount: 2, zone: 'T1', price: '6.10', validFrom: '2026-01-01' },
          { zoneCount: 2, zone: 'T2', price: '3.05', validFrom: '2026-01-01' },
        ],
      ],
      [
        'Газоснабжение',
        'ООО «Оренбург Водоканал»',
        0,
        [{ zoneCount: 1, zone: 'single', price: '7.1234', validFrom: '2025-07-01' }],
      ],
    ]);
    expect(details.suppliers.map((s) => s.name)).toEqual([
      'ООО «Оренбург Водоканал»',
      'АО «ЭнергосбыТ Плюс»',
    ]);
    expect(details.suppliers[0]).toMatchObject({ inn: '5610000001', bic: '045354601' });
    const water = details.meters.find((m) => m.serviceName === 'Холодное водоснабжение')!;
    expect(water).toMatchObject({
      nextVerificationOn: '2026-05-20',
      verificationDueSoon: true,
      verificationOverdue: false,
    });
    const power = details.meters.find((m) => m.serviceName === 'Электроснабжение')!;
    expect(power).toMatchObject({
      zones: 2,
      verificationDueSoon: false,
      verificationOverdue: false,
    });
  });

  it("judges verification on the region's calendar day (Asia/Yekaterinburg, UTC+5)", async () => {
    const accountId = central.fixture.accountIds[0]!;
    // Device and central share the clock; moving it two months on ends the session, so sign in anew.
    const signIn = () =>
      counter.call('session.signIn', { login: 'ivanova', password: central.fixture.user.password });
    const waterOf = async () =>
      ((await counter.call('accounts.getDetails', { accountId })) as AccountDetails).meters.find(
        (m) => m.serviceName === 'Холодное водоснабжение',
      )!;
    now = new Date('2026-05-20T18:59:00Z'); // 23:59 on 20 May in Orenburg: due that day, not overdue
    await signIn();
    expect(await waterOf()).toMatchObject({
      verificationDueSoon: true,
      verificationOverdue: false,
    });
    now = new Date('2026-05-20T19:01:00Z'); // 00:01 on 21 May there: overdue, though still 20 May in UTC
    expect(await waterOf()).toMatchObject({
      verificationDueSoon: false,
      verificationOverdue: true,
    });
    now = new Date('2026-03-10T09:00:00Z');
    await signIn();
  });

  it('fetches an account of another region live from the central service', async () => {
    const details = (await counter.call('accounts.getDetails', {
      accountId: central.fixture.otherRegionAccountId,
    })) as AccountDetails;
    expect(details).toMatchObject({
      number: '6300000001',
      regionName: 'Самарская область',
      ownerName: 'Иванова Мария Петровна',
    });
    expect(details.services).toHaveLength(1);
    expect(details.services[0]).toMatchObject({
      supplierName: 'ООО «Самарские коммунальные системы»',
      meterCount: 1,
    });
    expect(details.meters[0]).toMatchObject({ serial: 'SAM-1', verificationOverdue: true });
  });

  it('refuses an account not linked to the person, even one in the cache', async () => {
    for (const accountId of [central.fixture.unlinkedAccountId, 999_999]) {
      expect(await counter.raw('accounts.getDetails', { accountId })).toMatchObject({
        ok: false,
        error: { code: 'account_not_linked' },
      });
    }
  });

  it('signs out: memory cleared, session.ended emitted, the account card refused', async () => {
    counter.events.length = 0;
    expect(await counter.call('session.signOut')).toEqual({});
    expect(counter.events).toContainEqual({
      event: 'session.ended',
      payload: { reason: 'signed_out' },
    });
    expect(await counter.call('session.get')).toBeNull();
    expect(
      await counter.raw('accounts.getDetails', { accountId: central.fixture.accountIds[0] }),
    ).toMatchObject({
      ok: false,
      error: { code: 'not_signed_in' },
    });
    // Signing out twice is harmless and announces nothing.
    expect(await counter.call('session.signOut')).toEqual({});
    expect(counter.events.filter((e) => e.event === 'session.ended')).toHaveLength(1);
  });

  it('ends a session that the central service no longer accepts (expired)', async () => {
    await counter.call('session.signIn', {
      login: 'ivanova',
      password: central.fixture.user.password,
    });
    counter.events.length = 0;
    now = new Date(now.getTime() + 40 * 24 * 3_600_000); // past any absolute session limit
    expect(await counter.call('session.get')).toBeNull();
    expect(counter.events).toContainEqual({
      event: 'session.ended',
      payload: { reason: 'expired' },
    });
    now = new Date('2026-03-10T09:00:00Z');
  });
});
