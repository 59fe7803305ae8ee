import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';

import {
  ACCOUNT_BILLING_PERIODS,
  accountBillingSchema,
  httpErrorSchema,
  signInResponseSchema,
} from '../../shared/sync/http.js';
import { periodsEndingAt, seedBilling } from '../support/billing-seed.js';
import {
  backends,
  createUser,
  openTestCentral,
  type SeededRegion,
  seedRegion,
  type TestCentral,
} from '../support/central-fixture.js';
import { buildTestApp, enrolDevice, errorCodeOf, testClock, type TestDevice } from './harness.js';

const periods = periodsEndingAt('2026-01', ACCOUNT_BILLING_PERIODS + 2);
const span = periods.slice(2);

describe.each(backends)('account billing history on %s', (backend) => {
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
    away = await seedRegion(tc.central, { code: 'samara', accounts: 2 });
    await seedBilling(tc.central, [...home.accountIds, ...away.accountIds], periods);
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

  const billing = (accountId: number | string, token = session) =>
    app.inject({
      method: 'GET',
      url: `/api/v1/me/accounts/${accountId}/billing`,
      headers: { ...kiosk.headers, 'x-session-token': token },
    });

  const count = async (query: ReturnType<typeof sql<{ n: number }>>) =>
    (await query.execute(tc.central.db)).rows[0]!.n;

  it('answers the last 13 billed periods of a linked account in another region', async () => {
    const accountId = away.accountIds[1]!;
    const response = await billing(accountId);
    expect(response.statusCode, response.body).toBe(200);
    const body = accountBillingSchema.parse(response.json());
    expect([...new Set(body.charges.map((c) => c.period))]).toEqual(span);
    expect(body.charges.every((c) => c.accountId === accountId)).toBe(true);
    const chargeIds = new Set(body.charges.map((c) => c.id));
    expect(body.chargeLines.every((l) => chargeIds.has(l.chargeId))).toBe(true);
    expect(body.chargeLines).toHaveLength(
      await count(sql`SELECT count(*)::int AS n FROM charge_lines l JOIN charges c
        ON c.id = l.charge_id WHERE c.account_id = ${accountId} AND c.period >= ${span[0]!}`),
    );
    // The span's readings plus, per meter zone, the last accepted real one before it.
    const inSpan = body.readings.filter((r) => r.period >= span[0]!);
    expect(inSpan).toHaveLength(
      await count(sql`SELECT count(*)::int AS n FROM readings r JOIN meters m ON m.id = r.meter_id
        WHERE m.account_id = ${accountId} AND r.period >= ${span[0]!}`),
    );
    const before = body.readings.filter((r) => r.period < span[0]!);
    expect(before.length).toBeGreaterThan(0);
    for (const r of before) {
      expect(r.status).toBe('accepted');
      expect(['average', 'normative']).not.toContain(r.source);
    }
    expect(new Set(before.map((r) => `${r.meterId}:${r.zone}`)).size).toBe(before.length);
    expect(body.payments.map((p) => p.period)).toEqual(span);
    expect(body.requests.map((r) => r.number)).toEqual([`T-${accountId}-1`, `T-${accountId}-2`]);
    expect(body.requests[0]).toMatchObject({ body: `Обращение 1 по счёту ${accountId}` });
    expect(body.requests[0]!.contact).toBe('+79030000000');
    expect(body.replies.map((r) => r.requestId)).toEqual([body.requests[1]!.id]);
  });

  it('answers 404 not_found for an account not linked to the resident, even in the device region', async () => {
    for (const accountId of [home.accountIds[1]!, away.accountIds[0]!, 999_999]) {
      const response = await billing(accountId);
      expect(response.statusCode).toBe(404);
      expect(errorCodeOf(response)).toBe('not_found');
    }
  });

  it('answers 400 for a malformed id and 401 without a live session', async () => {
    for (const id of ['abc', -1, 0, 2 ** 31, '1.5'])
      expect((await billing(id)).statusCode, String(id)).toBe(400);
    const anonymous = await billing(away.accountIds[1]!, 'no-such-session');
    expect(anonymous.statusCode).toBe(401);
    expect(errorCodeOf(anonymous)).toBe('unauthorized');
  });

  it('never answers 5xx to any path parameter', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 40 }), async (id) => {
        const response = await billing(encodeURIComponent(id));
        expect([200, 400, 404], `${id} → ${response.body}`).toContain(response.statusCode);
        if (response.statusCode !== 200) httpErrorSchema.parse(response.json());
      }),
      { numRuns: 150, seed: 3 },
    );
  });
});
