import { createServer, type Server } from 'node:http';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { CentralError } from '../../../../electron/services/central-error.js';
import {
  createIdentityClient,
  identityFailure,
} from '../../../../electron/services/identity/identity-client.js';

describe('identity error answers', () => {
  it('passes the identity codes through and reads rate_limited as "wait", not a sign-in lockout', () => {
    expect(identityFailure(409, 'account_owned', 'device').code).toBe('account_owned');
    expect(identityFailure(404, 'region_unknown', 'device').code).toBe('region_unknown');
    expect(identityFailure(429, 'rate_limited', 'device').code).toBe('rate_limited');
    expect(identityFailure(429, 'resend_too_soon', 'device').code).toBe('resend_too_soon');
  });

  it('maps everything else as any central call does', () => {
    expect(identityFailure(401, 'unauthorized', 'device').code).toBe('not_enrolled');
    expect(identityFailure(500, 'internal', 'device').code).toBe('central_error');
    expect(identityFailure(418, 'teapot', 'device').code).toBe('central_error');
    expect(identityFailure(502, null, 'device').code).toBe('central_error');
  });
});

/** A server that answers what the test says, for answers the real central never gives. */
describe('identity client against odd answers', () => {
  let server: Server;
  let answer: { status: number; body: string } = { status: 200, body: '{}' };
  const urls: string[] = [];
  let baseUrl = '';

  beforeAll(async () => {
    server = createServer((req, res) => {
      urls.push(req.url ?? '');
      res.writeHead(answer.status, { 'content-type': 'application/json' }).end(answer.body);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    baseUrl = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  const client = () =>
    createIdentityClient({ baseUrl, fetch, deviceToken: 'tok', timeoutMs: 2000 });

  it('refuses an answer that does not match the contract', async () => {
    answer = { status: 200, body: JSON.stringify({ registrationId: 'x', step: 'flying' }) };
    const error = await client()
      .registrationStatus('00000000-0000-4000-8000-000000000001')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CentralError);
    expect(error).toMatchObject({ code: 'central_error' });
  });

  it('encodes ids in paths and names the challenge a new captcha replaces', async () => {
    answer = { status: 404, body: JSON.stringify({ error: { code: 'not_found', message: 'x' } }) };
    await client()
      .registrationStatus('../admin')
      .catch(() => undefined);
    await client()
      .captcha('0000-a&b')
      .catch(() => undefined);
    expect(urls.slice(-2)).toEqual([
      '/api/v1/registration/..%2Fadmin',
      '/api/v1/identity/captcha?previous=0000-a%26b',
    ]);
  });
});
