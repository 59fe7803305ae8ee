import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';

import { accountBundleSchema, signInResponseSchema } from '../../shared/sync/http.js';
import {
  backends,
  createUser,
  openTestCentral,
  type SeededRegion,
  seedRegion,
  type TestCentral,
} from '../support/central-fixture.js';
import { buildTestApp, enrolDevice, errorCodeOf, testClock, type TestDevice } from './harness.js';

describe.each(backends)('account bundle on %s', (backend) => {
  let tc: TestCentral;
  let app: FastifyInstance;
  let home: SeededRegion;
  let away: SeededRegion;
  let kiosk: TestDevice;
  let session: string;
  const clock = testClock();
  beforeAll(async () => {
    tc = await openTestCentral(backend, inject('postgresUrl'));
    home = await seedRegion(tc.central, { code: 'orenburg', accounts: 2 });
    away = await seedRegion(tc.central, { code: 'samara', name: 'Самарская область', accounts: 2 });
    await createUser(tc.central, {
      login: 'ivanov',
      password: 'пароль-ivanov',
      regionId: home.regionId,
      accountIds: [home.accountIds[0]!, away.accountIds[1]!],
    });
    app = await buildTestApp(tc.central, clock);
    kiosk = await enrolDevice(app, tc.central, clock, 'kiosk', 'orenburg');
    const signIn = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      headers: kiosk.headers,
      payload: { login: 'ivanov', password: 'пароль-ivanov' },
    });
    session = signInResponseSchema.parse(signIn.json()).sessionToken;
  });
  afterAll(async () => {
    await app.close();
    await tc.dispose();
  });

  const bundle = (accountId: number | string, token = session) =>
    app.inject({
      method: 'GET',
      url: `/api/v1/me/accounts/${accountId}`,
      headers: { ...kiosk.headers, 'x-session-token': token },
    });

  it('returns a linked account of another region with everything needed to show it', async () => {
    const accountId = away.accountIds[1]!;
    const response = await bundle(accountId);
    expect(response.statusCode).toBe(200);
    const body = accountBundleSchema.parse(response.json());
    expect(body.region).toMatchObject({
      id: away.regionId,
      code: 'samara',
      name: 'Самарская область',
    });
    expect(body.account).toMatchObject({
      id: accountId,
      regionId: away.regionId,
      area: '54.30',
      ownerName: 'Иванов Иван 1',
      ownerPhone: '+79030000000',
    });
    expect(body.accountServices.map((s) => s.accountId)).toEqual([accountId, accountId]);
    expect(body.services.map((s) => s.id).sort()).toEqual([...away.serviceIds].sort());
    expect(body.tariffs.map((t) => t.price).sort()).toEqual(['42.50', '5.97']);
    expect(body.suppliers.map((s) => s.id)).toEqual([away.supplierId]);
    expect(body.meters).toHaveLength(2);
    for (const meter of body.meters) expect(meter.accountId).toBe(accountId);
  });

  it('answers 404 not_found for an account not linked to the resident, even in the device region', async () => {
    for (const accountId of [home.accountIds[1]!, away.accountIds[0]!, 999_999]) {
      const response = await bundle(accountId);
      expect(response.statusCode).toBe(404);
      expect(errorCodeOf(response)).toBe('not_found');
    }
  });

  it('answers 400 for a malformed id and 401 without a live session', async () => {
    expect((await bundle('abc')).statusCode).toBe(400);
    expect((await bundle(-1)).statusCode).toBe(400);
    const anonymous = await bundle(away.accountIds[1]!, 'no-such-session');
    expect(anonymous.statusCode).toBe(401);
    expect(errorCodeOf(anonymous)).toBe('unauthorized');
  });
});
