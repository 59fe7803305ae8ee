import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';

import { issueCodeResponseSchema } from '../../shared/sync/http.js';
import { sha256Hex } from '../../server/auth/tokens.js';
import { SERVICE_VERSION } from '../../server/version.js';
import {
  backends,
  openTestCentral,
  seedRegion,
  type TestCentral,
} from '../support/central-fixture.js';
import { ADMIN_TOKEN, buildTestApp, errorCodeOf, testClock } from './harness.js';

describe.each(backends)('health and admin endpoints on %s', (backend) => {
  let tc: TestCentral;
  let app: FastifyInstance;
  const clock = testClock();
  beforeAll(async () => {
    tc = await openTestCentral(backend, inject('postgresUrl'));
    await seedRegion(tc.central, { code: 'orenburg', accounts: 0 });
    app = await buildTestApp(tc.central, clock);
  });
  afterAll(async () => {
    await app.close();
    await tc.dispose();
  });

  const issue = (
    headers: Record<string, string>,
    payload: unknown = { profile: 'kiosk', regionCode: 'orenburg' },
  ) =>
    app.inject({
      method: 'POST',
      url: '/api/v1/admin/enrolment-codes',
      headers,
      payload: payload as object,
    });

  it('GET /health reports the database kind and version', async () => {
    const response = await app.inject({ method: 'GET', url: '/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok', database: backend, version: SERVICE_VERSION });
  });

  it('issues a code with the right bearer token, valid for the requested minutes', async () => {
    const response = await issue(
      { authorization: `Bearer ${ADMIN_TOKEN}` },
      { profile: 'counter', regionCode: 'orenburg', ttlMinutes: 90 },
    );
    expect(response.statusCode).toBe(200);
    const body = issueCodeResponseSchema.parse(response.json());
    expect(body.code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect(new Date(body.expiresAt).getTime() - clock().getTime()).toBe(90 * 60_000);
    const stored = await tc.central.db
      .selectFrom('enrolment_codes')
      .select(['code_hash', 'profile'])
      .where('code_hash', '=', sha256Hex(body.code.replaceAll('-', '')))
      .executeTakeFirst();
    expect(stored?.profile).toBe('counter');
  });

  it.each([
    ['no header', {}],
    ['a wrong token', { authorization: `Bearer ${ADMIN_TOKEN}x` }],
    ['a device token scheme', { authorization: `Device ${ADMIN_TOKEN}` }],
    ['a token prefix', { authorization: `Bearer ${ADMIN_TOKEN.slice(0, 10)}` }],
  ])('answers 401 unauthorized with %s', async (_name, headers) => {
    const response = await issue(headers);
    expect(response.statusCode).toBe(401);
    expect(errorCodeOf(response)).toBe('unauthorized');
  });

  it('answers 404 region_unknown and 400 invalid_input for bad requests', async () => {
    const auth = { authorization: `Bearer ${ADMIN_TOKEN}` };
    const unknown = await issue(auth, { profile: 'kiosk', regionCode: 'atlantis' });
    expect(unknown.statusCode).toBe(404);
    expect(errorCodeOf(unknown)).toBe('region_unknown');
    const invalid = await issue(auth, { profile: 'tablet', regionCode: 'orenburg' });
    expect(invalid.statusCode).toBe(400);
    expect(errorCodeOf(invalid)).toBe('invalid_input');
  });

  it('answers 503 admin_disabled when no admin token is configured', async () => {
    const disabled = await buildTestApp(tc.central, clock, { config: { adminToken: undefined } });
    const response = await disabled.inject({
      method: 'POST',
      url: '/api/v1/admin/enrolment-codes',
      headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
      payload: { profile: 'kiosk', regionCode: 'orenburg' },
    });
    expect(response.statusCode).toBe(503);
    expect(errorCodeOf(response)).toBe('admin_disabled');
    expect(response.json().error.message).toContain('admin disabled');
    await disabled.close();
  });

  it('answers unknown routes with 404 not_found in the error shape', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/nothing-here' });
    expect(response.statusCode).toBe(404);
    expect(errorCodeOf(response)).toBe('not_found');
  });

  it('answers 503 from /health when the database is down', async () => {
    const other = await openTestCentral(backend, inject('postgresUrl'));
    const broken = await buildTestApp(other.central, clock);
    await other.dispose();
    const response = await broken.inject({ method: 'GET', url: '/health' });
    expect(response.statusCode).toBe(503);
    expect(response.json()).toMatchObject({ status: 'unavailable', database: backend });
    await broken.close();
  });
});
