import { join } from 'node:path';

import type { Database } from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import { readAccountBilling } from '../../../db/account-billing.js';
import { openCache } from '../../../db/open-cache.js';
import {
  type CentralClient,
  createCentralClient,
} from '../../../electron/services/central-client.js';
import { CentralError } from '../../../electron/services/central-error.js';
import { createSyncEngine } from '../../../electron/services/sync-engine.js';
import { ACCOUNT_BILLING_PERIODS, type AccountBilling } from '../../../shared/sync/http.js';
import type { DeviceProfile } from '../../../shared/contract/views.js';
import { periodsEndingAt, seedBilling } from '../../support/billing-seed.js';
import {
  type Backend,
  deviceFolder,
  enrolOverHttp,
  type FixtureCentral,
  startFixtureCentral,
} from './support/harness.js';

const backends: Backend[] = ['pglite', 'postgres'];
const kioskView = (billing: AccountBilling): AccountBilling => ({
  ...billing,
  requests: billing.requests.map((r) => ({ ...r, body: null, contact: null })),
});

/** An account's billing history has one shape and one content, from the cache or live. */
describe.each(backends)('account billing from the cache and live on %s', (backend) => {
  let central: FixtureCentral;
  const folder = deviceFolder();
  const devices: Record<DeviceProfile, { db: Database; client: CentralClient; session: string }> =
    {} as never;

  beforeAll(async () => {
    central = await startFixtureCentral({
      accounts: 4,
      backend,
      postgresUrl: inject('postgresUrl'),
    });
    const { accountIds, otherRegionAccountId } = central.fixture;
    await seedBilling(
      central.central,
      [...accountIds.slice(0, 3), otherRegionAccountId],
      periodsEndingAt('2026-02', ACCOUNT_BILLING_PERIODS + 3),
    );
    for (const profile of ['counter', 'kiosk'] as const) {
      const { token } = await enrolOverHttp(central.running, profile);
      const { db } = openCache(join(folder.dir, `${profile}.sqlite3`));
      const client = createCentralClient({
        baseUrl: central.running.url,
        fetch,
        deviceToken: token,
      });
      const engine = createSyncEngine({
        db,
        client,
        clock: () => new Date('2026-03-10T09:00:00Z'),
        limits: { initial: 97, incremental: 50 },
      });
      await engine.runNow();
      await engine.stop();
      const { login, password } = central.fixture.user;
      devices[profile] = {
        db,
        client,
        session: (await client.signIn(login, password)).sessionToken,
      };
    }
  }, 120_000);
  afterAll(async () => {
    for (const device of Object.values(devices)) device.db.close();
    await central.close();
    folder.cleanup();
  });

  it('a counter cache answers exactly what the central service answers live', async () => {
    const { db, client, session } = devices.counter;
    for (const accountId of central.fixture.accountIds.slice(0, 2)) {
      const live = await client.accountBilling(session, accountId);
      expect(live.charges.length).toBeGreaterThan(0);
      expect(new Set(live.charges.map((c) => c.period)).size).toBe(ACCOUNT_BILLING_PERIODS);
      expect(live.requests.every((r) => r.body !== null && r.contact !== null)).toBe(true);
      expect(readAccountBilling(db, accountId)).toEqual(live);
    }
  });

  it('a kiosk cache answers the same without the text and contact of requests', async () => {
    const { db, client, session } = devices.kiosk;
    const accountId = central.fixture.accountIds[0]!;
    const live = await client.accountBilling(session, accountId);
    expect(live.requests[0]?.body).toMatch(/^Обращение/);
    expect(readAccountBilling(db, accountId)).toEqual(kioskView(live));
  });

  it('fetches a linked account of another region live; the cache has none of it', async () => {
    const { db, client, session } = devices.counter;
    const accountId = central.fixture.otherRegionAccountId;
    const live = await client.accountBilling(session, accountId);
    expect(live.charges.length).toBeGreaterThan(0);
    expect(live.readings.every((r) => r.regionId !== central.fixture.regionId)).toBe(true);
    expect(readAccountBilling(db, accountId).charges).toEqual([]);
  });

  it('refuses an account not linked to the resident, and a dead session', async () => {
    const { client, session } = devices.counter;
    const unlinked = await client
      .accountBilling(session, central.fixture.accountIds[2]!)
      .catch((e: unknown) => e);
    expect(unlinked).toBeInstanceOf(CentralError);
    expect(unlinked).toMatchObject({ code: 'not_found', status: 404 });
    await expect(
      client.accountBilling('no-such-session', central.fixture.accountIds[0]!),
    ).rejects.toMatchObject({ code: 'not_signed_in', status: 401 });
  });
});
