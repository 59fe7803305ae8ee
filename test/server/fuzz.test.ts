import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';

import {
  centralErrorCodes,
  httpErrorSchema,
  signInResponseSchema,
} from '../../shared/sync/http.js';
import {
  backends,
  createUser,
  openTestCentral,
  seedRegion,
  type TestCentral,
} from '../support/central-fixture.js';
import { ADMIN_TOKEN, buildTestApp, enrolDevice, testClock } from './harness.js';

type Method = 'GET' | 'POST';
const routes: [Method, (id: string) => string][] = [
  ['GET', () => '/health'],
  ['POST', () => '/api/v1/admin/enrolment-codes'],
  ['POST', () => '/api/v1/devices/enrol'],
  ['GET', () => '/api/v1/sync/pull'],
  ['POST', () => '/api/v1/auth/sign-in'],
  ['POST', () => '/api/v1/auth/sign-out'],
  ['GET', () => '/api/v1/me'],
  ['GET', () => '/api/v1/sandbox/messages'],
  ['GET', (id) => `/api/v1/me/accounts/${encodeURIComponent(id)}`],
  ['GET', (id) => `/api/v1/me/accounts/${encodeURIComponent(id)}/billing`],
  ['POST', (id) => `/api/v1/${encodeURIComponent(id)}`],
];

const printable = fc.string({ unit: 'grapheme-ascii', maxLength: 80 });
const anyText = fc.string({ unit: 'grapheme', maxLength: 60 });

describe.each(backends)('fuzzing every route on %s', (backend) => {
  let tc: TestCentral;
  let app: FastifyInstance;
  const devices: { authorization: string; session: string }[] = [];
  let accountId = 0;
  beforeAll(async () => {
    tc = await openTestCentral(backend, inject('postgresUrl'));
    const region = await seedRegion(tc.central, { code: 'orenburg', accounts: 1 });
    accountId = region.accountIds[0]!;
    await createUser(tc.central, {
      login: 'fuzz',
      password: 'fuzz-password',
      regionId: region.regionId,
      accountIds: region.accountIds,
    });
    const clock = testClock();
    app = await buildTestApp(tc.central, clock);
    for (const profile of ['kiosk', 'counter'] as const) {
      const device = await enrolDevice(app, tc.central, clock, profile, 'orenburg');
      const signIn = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/sign-in',
        headers: device.headers,
        payload: { login: 'fuzz', password: 'fuzz-password' },
      });
      const session = signInResponseSchema.parse(signIn.json()).sessionToken;
      devices.push({ authorization: device.headers.authorization, session });
    }
  });
  afterAll(async () => {
    await app.close();
    await tc.dispose();
  });

  /** Mostly well-authenticated requests, so the fuzz reaches the handlers and not only the guards. */
  const authHeaders = () =>
    fc.oneof(
      fc.constant({}),
      fc.constantFrom(
        ...devices.map((d) => ({ authorization: d.authorization, 'x-session-token': d.session })),
      ),
      fc.constantFrom(...devices.map((d) => ({ authorization: d.authorization }))),
      fc.constant({ authorization: `Bearer ${ADMIN_TOKEN}` }),
      fc.record({ authorization: printable, 'x-session-token': printable }, { requiredKeys: [] }),
    );
  const request = () =>
    fc.record({
      route: fc.constantFrom(...routes),
      pathParam: fc.oneof(anyText, fc.integer().map(String), fc.constant(String(accountId))),
      query: fc.dictionary(
        fc.constantFrom('cursor', 'limit', 'withTotal', 'recipient', 'channel', 'x', '__proto__'),
        anyText,
        { maxKeys: 4 },
      ),
      auth: authHeaders(),
      extraHeaders: fc.dictionary(
        fc.constantFrom('content-type', 'accept', 'x-forwarded-for', 'authorization'),
        printable,
        {
          maxKeys: 2,
        },
      ),
      withExtraHeaders: fc.boolean(),
      body: fc.oneof(
        fc.jsonValue(),
        fc.record({ login: anyText, password: anyText }, { requiredKeys: [] }),
        fc.record({ code: anyText, deviceName: anyText }, { requiredKeys: [] }),
        fc.record(
          {
            profile: fc.constantFrom('kiosk', 'counter', 'x'),
            regionCode: anyText,
            ttlMinutes: fc.double(),
          },
          { requiredKeys: [] },
        ),
        fc.string({ maxLength: 200 }).map((raw) => ({ raw })),
      ),
    });

  it('answers every arbitrary request below 500, with the error body on 4xx', async () => {
    await fc.assert(
      fc.asyncProperty(
        request(),
        async ({ route, pathParam, query, auth, extraHeaders, withExtraHeaders, body }) => {
          const [method, path] = route;
          // Signing out with a real session would end it for the rest of the run.
          const signsOut = path('') === '/api/v1/auth/sign-out';
          const headers = {
            ...auth,
            ...(signsOut ? { 'x-session-token': 'fuzz' } : {}),
            ...(withExtraHeaders ? extraHeaders : {}),
          };
          const search = new URLSearchParams(query as Record<string, string>).toString();
          const isRaw =
            typeof body === 'object' && body !== null && !Array.isArray(body) && 'raw' in body;
          const response = await app.inject({
            method,
            url: `${path(pathParam)}${search ? `?${search}` : ''}`,
            headers: { 'content-type': 'application/json', ...headers },
            ...(method === 'POST'
              ? { payload: isRaw ? String(body.raw) : JSON.stringify(body) }
              : {}),
          });
          expect(response.statusCode, response.body).toBeLessThan(500);
          if (response.statusCode >= 400) {
            const error = httpErrorSchema.parse(response.json());
            expect(centralErrorCodes).toContain(error.error.code);
            expect(error.error.message.length).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('answers an oversized body with 413 in the error shape', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/devices/enrol',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ code: 'x'.repeat(70_000), deviceName: 'x' }),
    });
    expect(response.statusCode).toBe(413);
    expect(httpErrorSchema.parse(response.json()).error.code).toBe('invalid_input');
  });
});
