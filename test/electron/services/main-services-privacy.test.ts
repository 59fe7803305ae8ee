import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { AccountDetails } from '../../../shared/contract/views.js';
import { filesContaining } from './support/files.js';
import { deviceFolder, type FixtureCentral, startFixtureCentral } from './support/harness.js';
import { servicesUnderTest, type ServicesUnderTest } from './support/services.js';

describe("personal data stays off a kiosk's disk", () => {
  let central: FixtureCentral;
  const counterFolder = deviceFolder();
  const kioskFolder = deviceFolder();
  let counter: ServicesUnderTest;
  let kiosk: ServicesUnderTest;

  const enrolAs = async (device: ServicesUnderTest, profile: 'kiosk' | 'counter') => {
    const { code } = await central.running.issueEnrolmentCode(profile, 'orenburg');
    return device.call('device.enrol', { centralUrl: central.running.url, code });
  };

  beforeAll(async () => {
    central = await startFixtureCentral({ accounts: 5 });
    counter = await servicesUnderTest({
      userDataDir: counterFolder.dir,
      secretStore: counterFolder.secrets,
      centralUrl: central.running.url,
    });
    kiosk = await servicesUnderTest({
      userDataDir: kioskFolder.dir,
      secretStore: kioskFolder.secrets,
      centralUrl: central.running.url,
    });
    await counter.services.start();
    await kiosk.services.start();
    await enrolAs(counter, 'counter');
    await counter.call('sync.runNow');
  });
  afterAll(async () => {
    await counter.services.stop();
    await kiosk.services.stop();
    await central.close();
    counterFolder.cleanup();
    kioskFolder.cleanup();
  });

  it('a kiosk keeps no personal data on disk: not during a session, not after it', async () => {
    await enrolAs(kiosk, 'kiosk');
    await kiosk.call('sync.runNow');
    const view = await kiosk.call('session.signIn', {
      login: 'ivanova',
      password: central.fixture.user.password,
    });
    expect(view.fullName).toBe('Иванова Мария Петровна');
    const details = (await kiosk.call('accounts.getDetails', {
      accountId: central.fixture.accountIds[0],
    })) as AccountDetails;
    expect(details.ownerName).toBe('Иванова Мария Петровна');
    await kiosk.call('accounts.getDetails', { accountId: central.fixture.otherRegionAccountId });
    const secrets = [
      'Иванова Мария Петровна',
      '+79035551234',
      '9035551234',
      'ivanova@example.ru',
      'Житель Номер 3',
    ];
    for (const secret of secrets)
      expect(filesContaining(kioskFolder.dir, secret), secret).toEqual([]);
    await kiosk.call('session.signOut');
    await kiosk.services.stop();
    for (const secret of [...secrets, central.fixture.user.password]) {
      expect(filesContaining(kioskFolder.dir, secret), secret).toEqual([]);
    }
    // The counter, by contrast, does cache owner names for search: the check above can fail.
    expect(filesContaining(counterFolder.dir, 'Житель Номер 3').length).toBeGreaterThan(0);
  });

  it('re-enrolling empties the cache of the old scope (counter → kiosk drops owner names)', async () => {
    await counter.call('session.signIn', {
      login: 'ivanova',
      password: central.fixture.user.password,
    });
    const state = await enrolAs(counter, 'kiosk');
    expect(state).toMatchObject({ profile: 'kiosk', enrolled: true });
    expect(await counter.call('session.get')).toBeNull();
    await counter.call('sync.runNow');
    await counter.services.stop();
    for (const secret of ['Житель Номер 3', 'Иванова Мария Петровна']) {
      expect(filesContaining(counterFolder.dir, secret), secret).toEqual([]);
    }
  });
});
