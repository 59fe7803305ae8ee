import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';

import { enrolResponseSchema } from '../../shared/sync/http.js';
import { sha256Hex } from '../../server/auth/tokens.js';
import { issueEnrolmentCode } from '../../server/enrolment/issue.js';
import {
  backends,
  openTestCentral,
  seedRegion,
  type TestCentral,
} from '../support/central-fixture.js';
import { buildTestApp, errorCodeOf, testClock } from './harness.js';

describe.each(backends)('device enrolment on %s', (backend) => {
  let tc: TestCentral;
  let app: FastifyInstance;
  const clock = testClock();
  beforeAll(async () => {
    tc = await openTestCentral(backend, inject('postgresUrl'));
    await seedRegion(tc.central, { code: 'orenburg', name: 'Оренбургская область', accounts: 0 });
    app = await buildTestApp(tc.central, clock);
  });
  afterAll(async () => {
    await app.close();
    await tc.dispose();
  });

  const issue = (profile: 'kiosk' | 'counter' = 'kiosk', ttlMinutes = 60) =>
    issueEnrolmentCode(tc.central.db, clock(), { profile, regionCode: 'orenburg', ttlMinutes });
  const enrol = (code: string, deviceName = 'Киоск 1') =>
    app.inject({ method: 'POST', url: '/api/v1/devices/enrol', payload: { code, deviceName } });

  it('turns a valid code into a device with a stored token hash', async () => {
    const { code } = await issue('counter');
    const response = await enrol(code, 'Стойка №3');
    expect(response.statusCode).toBe(200);
    const body = enrolResponseSchema.parse(response.json());
    expect(body.profile).toBe('counter');
    expect(body.region).toMatchObject({
      code: 'orenburg',
      name: 'Оренбургская область',
      timeZone: 'Asia/Yekaterinburg',
    });
    expect(Buffer.from(body.deviceToken, 'base64url')).toHaveLength(32);
    const device = await tc.central.db
      .selectFrom('devices')
      .selectAll()
      .where('id', '=', body.deviceId)
      .executeTakeFirstOrThrow();
    expect(device).toMatchObject({
      name: 'Стойка №3',
      profile: 'counter',
      token_hash: sha256Hex(body.deviceToken),
    });
    const pull = await app.inject({
      method: 'GET',
      url: '/api/v1/sync/pull',
      headers: { authorization: `Device ${body.deviceToken}` },
    });
    expect(pull.statusCode).toBe(200);
  });

  it('accepts the code without dashes and in lower case', async () => {
    const { code } = await issue();
    const response = await enrol(code.replaceAll('-', '').toLowerCase());
    expect(response.statusCode).toBe(200);
  });

  it('refuses a used code with 409 enrolment_code_used', async () => {
    const { code } = await issue();
    expect((await enrol(code)).statusCode).toBe(200);
    const again = await enrol(code);
    expect(again.statusCode).toBe(409);
    expect(errorCodeOf(again)).toBe('enrolment_code_used');
  });

  it('refuses an expired code with 410 enrolment_code_expired', async () => {
    const { code } = await issue('kiosk', 5);
    clock.advanceMinutes(5);
    const response = await enrol(code);
    expect(response.statusCode).toBe(410);
    expect(errorCodeOf(response)).toBe('enrolment_code_expired');
  });

  it('refuses unknown and malformed codes with 400 enrolment_code_invalid', async () => {
    for (const code of ['ABCD-EFGH-JKMN', 'abcd efgh jkm', 'OOOO-OOOO-OOOO']) {
      const response = await enrol(code);
      expect(response.statusCode).toBe(400);
      expect(errorCodeOf(response)).toBe('enrolment_code_invalid');
    }
  });

  it('lets exactly one of several concurrent exchanges of one code win', async () => {
    const { code } = await issue();
    const responses = await Promise.all([1, 2, 3, 4].map((n) => enrol(code, `Киоск ${n}`)));
    const statuses = responses.map((r) => r.statusCode).sort();
    expect(statuses).toEqual([200, 409, 409, 409]);
    const row = await tc.central.db
      .selectFrom('enrolment_codes')
      .select('device_id')
      .where('code_hash', '=', sha256Hex(code.replaceAll('-', '')))
      .executeTakeFirstOrThrow();
    const winner = responses.find((r) => r.statusCode === 200)?.json() as { deviceId: number };
    expect(row.device_id).toBe(winner.deviceId);
  });

  it('answers 401 unauthorized for an unknown token and 401 device_revoked for a revoked device', async () => {
    const unknown = await app.inject({
      method: 'GET',
      url: '/api/v1/sync/pull',
      headers: { authorization: `Device ${'A'.repeat(43)}` },
    });
    expect(unknown.statusCode).toBe(401);
    expect(errorCodeOf(unknown)).toBe('unauthorized');

    const { code } = await issue();
    const body = (await enrol(code)).json() as { deviceId: number; deviceToken: string };
    await tc.central.db
      .updateTable('devices')
      .set({ revoked_at: clock() })
      .where('id', '=', body.deviceId)
      .execute();
    const revoked = await app.inject({
      method: 'GET',
      url: '/api/v1/sync/pull',
      headers: { authorization: `Device ${body.deviceToken}` },
    });
    expect(revoked.statusCode).toBe(401);
    expect(errorCodeOf(revoked)).toBe('device_revoked');
  });

  it('notes when a device was last seen, at most once a minute', async () => {
    const { code } = await issue();
    const body = (await enrol(code)).json() as { deviceId: number; deviceToken: string };
    const headers = { authorization: `Device ${body.deviceToken}` };
    const lastSeen = async () =>
      (
        await tc.central.db
          .selectFrom('devices')
          .select('last_seen_at')
          .where('id', '=', body.deviceId)
          .executeTakeFirstOrThrow()
      ).last_seen_at;
    await app.inject({ method: 'GET', url: '/api/v1/sync/pull', headers });
    const first = await lastSeen();
    expect(new Date(first!).toISOString()).toBe(clock().toISOString());
    clock.advanceMinutes(0.5);
    await app.inject({ method: 'GET', url: '/api/v1/sync/pull', headers });
    expect(new Date((await lastSeen())!).toISOString()).toBe(new Date(first!).toISOString());
    clock.advanceMinutes(1);
    await app.inject({ method: 'GET', url: '/api/v1/sync/pull', headers });
    expect(new Date((await lastSeen())!).toISOString()).toBe(clock().toISOString());
  });
});
