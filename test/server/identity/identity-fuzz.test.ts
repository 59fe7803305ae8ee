import fc from 'fast-check';
import type { ZodType } from 'zod';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';

import { centralErrorCodes, httpErrorSchema } from '../../../shared/sync/http.js';
import {
  changeEmailSchema,
  changePasswordSchema,
  changePhoneSchema,
  codeSchema,
  consentSchema,
  identityErrorCodes,
  linkAccountSchema,
  newPasswordSchema,
  recoveryStartSchema,
  registrationAccountSchema,
  registrationStartSchema,
} from '../../../shared/sync/identity-http.js';
import { backends, createUser } from '../../support/central-fixture.js';
import { type IdentityWorld, openIdentityWorld, signIn } from './flow-harness.js';

type Method = 'GET' | 'POST' | 'DELETE';
const ID = '6f1c2b9e-3d4a-4c5b-8e7f-0a1b2c3d4e5f';
/** Every JSON route of the identity API with the schema of its body (null: no body). */
const routes: [Method, (id: string) => string, ZodType | null][] = [
  ['GET', () => '/api/v1/regions', null],
  ['GET', () => '/api/v1/identity/captcha', null],
  ['POST', () => '/api/v1/registration', registrationStartSchema],
  ['POST', (id) => `/api/v1/registration/${id}/account`, registrationAccountSchema],
  ['POST', (id) => `/api/v1/registration/${id}/confirm`, null],
  ['POST', (id) => `/api/v1/registration/${id}/resend`, null],
  ['POST', (id) => `/api/v1/registration/${id}/verify`, codeSchema],
  ['GET', (id) => `/api/v1/registration/${id}`, null],
  ['POST', () => '/api/v1/recovery', recoveryStartSchema],
  ['POST', (id) => `/api/v1/recovery/${id}/resend`, null],
  ['POST', (id) => `/api/v1/recovery/${id}/verify`, codeSchema],
  ['POST', (id) => `/api/v1/recovery/${id}/password`, newPasswordSchema],
  ['GET', (id) => `/api/v1/recovery/${id}`, null],
  ['GET', () => '/api/v1/me/profile', null],
  ['POST', () => '/api/v1/me/password', changePasswordSchema],
  ['POST', () => '/api/v1/me/email', changeEmailSchema],
  ['POST', () => '/api/v1/me/phone', changePhoneSchema],
  ['POST', (id) => `/api/v1/me/phone/${id}/verify`, codeSchema],
  ['POST', (id) => `/api/v1/me/phone/${id}/resend`, null],
  ['POST', () => '/api/v1/me/consent', consentSchema],
  ['POST', () => '/api/v1/me/accounts', linkAccountSchema],
  ['DELETE', (id) => `/api/v1/me/accounts/${id}`, null],
];
const knownCodes: string[] = [...centralErrorCodes, ...identityErrorCodes];
const anyText = fc.string({ unit: 'grapheme', maxLength: 40 });
const idLike = fc.oneof(anyText, fc.uuid(), fc.constant(ID), fc.integer().map(String));
const bodies = fc.oneof(
  fc.jsonValue(),
  fc.record(
    {
      regionCode: anyText,
      login: anyText,
      password: anyText,
      variant: fc.constantFrom('phone', 'email', 'fax'),
      method: fc.constantFrom('phone', 'email', 'fax'),
      contact: anyText,
      city: anyText,
      code: fc.oneof(anyText, fc.stringMatching(/^\d{6}$/)),
      accountNumber: anyText,
      captcha: fc.record({ challengeId: fc.oneof(fc.uuid(), anyText), answer: anyText }),
      current: anyText,
      next: anyText,
      email: anyText,
      phone: anyText,
      mailing: fc.oneof(fc.boolean(), anyText),
    },
    { requiredKeys: [] },
  ),
  fc.string({ maxLength: 200 }).map((raw) => ({ raw })),
);

function expectErrorBody(response: { statusCode: number; body: string; json(): unknown }) {
  expect(response.statusCode, response.body).toBeLessThan(500);
  if (response.statusCode < 400) return;
  const body = httpErrorSchema.parse(response.json());
  expect(knownCodes).toContain(body.error.code);
  expect(body.error.message.length).toBeGreaterThan(0);
}

describe.each(backends)('identity routes fed malformed input on %s', (backend) => {
  let world: IdentityWorld;
  let session = '';
  beforeAll(async () => {
    world = await openIdentityWorld(backend, inject('postgresUrl'));
    await createUser(world.tc.central, {
      login: 'fuzzed',
      password: 'Фазз-пароль-1',
      regionId: world.home.regionId,
      accountIds: [world.home.accountIds[0]!],
    });
    session = (await signIn(world, world.kiosk, 'fuzzed', 'Фазз-пароль-1')).token!;
  });
  afterAll(() => world.close());

  const send = (method: Method, url: string, body: unknown, headers: Record<string, string>) =>
    world.app.inject({
      method,
      url,
      headers: { 'content-type': 'application/json', ...headers },
      ...(method === 'GET'
        ? {}
        : {
            payload:
              typeof body === 'object' && body !== null && 'raw' in body
                ? String(body.raw)
                : JSON.stringify(body),
          }),
    });

  it('answers arbitrary requests below 500, with a known code in the error body', async () => {
    const auth = fc.constantFrom<Record<string, string>>(
      {},
      world.kiosk.headers,
      { ...world.kiosk.headers, 'x-session-token': session },
      { authorization: 'Device x', 'x-session-token': 'y' },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...routes),
        idLike,
        bodies,
        auth,
        async (route, id, body, headers) => {
          const [method, path] = route;
          expectErrorBody(await send(method, path(encodeURIComponent(id)), body, headers));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('answers a well-authenticated request whose body breaks its schema with 400 invalid_input', async () => {
    const withBodies = routes.filter((route) => route[2] !== null);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...withBodies),
        bodies,
        async ([method, path, schema], body) => {
          fc.pre(!schema!.safeParse(body).success);
          const headers = { ...world.kiosk.headers, 'x-session-token': session };
          const response = await send(method, path(ID), body, headers);
          expect(response.statusCode, response.body).toBe(400);
          expect(httpErrorSchema.parse(response.json()).error.code).toBe('invalid_input');
        },
      ),
      { numRuns: 300 },
    );
  });

  it('answers malformed ids with 400 invalid_input', async () => {
    const withIds = routes.filter((route) => route[1]('X').includes('X'));
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...withIds),
        anyText.filter((t) => !/^[0-9a-f-]{36}$/i.test(t) && !/^\d+$/.test(t)),
        async ([method, path], id) => {
          const headers = { ...world.kiosk.headers, 'x-session-token': session };
          const response = await send(method, path(encodeURIComponent(id)), {}, headers);
          // '.' and '..' are path segments the URL itself resolves away: another route, 404.
          const expected = ['.', '..'].includes(id) ? 404 : 400;
          expect(response.statusCode, `${path(id)} ${response.body}`).toBe(expected);
          expectErrorBody(response);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('answers the e-mail link pages with HTML below 500, 400 for a damaged token', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('registration', 'recovery', 'email'),
        fc.oneof(
          anyText,
          fc.uuid().map((u) => `${u}.${'A'.repeat(43)}`),
        ),
        fc.dictionary(
          fc.constantFrom('token', 'recoveryId', 'formSecret', 'password', 'repeat'),
          anyText,
        ),
        async (kind, token, form) => {
          const page = await world.app.inject({
            method: 'GET',
            url: `/link/${kind}?token=${encodeURIComponent(token)}`,
          });
          expect(page.statusCode).toBeLessThan(500);
          expect(page.headers['content-type']).toContain('text/html');
          if (!/^[0-9a-f-]{36}\.[\w-]{16,128}$/i.test(token)) expect(page.statusCode).toBe(400);
          const posted = await world.app.inject({
            method: 'POST',
            url: `/link/${kind}`,
            headers: { 'content-type': 'application/x-www-form-urlencoded' },
            payload: new URLSearchParams(form).toString(),
          });
          expect(posted.statusCode, posted.body).toBeLessThan(500);
          expect(posted.statusCode).toBeGreaterThanOrEqual(400);
        },
      ),
      { numRuns: 200 },
    );
  });
});
