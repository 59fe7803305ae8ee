import { Writable } from 'node:stream';

import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';

import { issueCodeResponseSchema, signInResponseSchema } from '../../shared/sync/http.js';
import {
  backends,
  createUser,
  openTestCentral,
  seedRegion,
  type TestCentral,
} from '../support/central-fixture.js';
import { ADMIN_TOKEN, buildTestApp, testClock } from './harness.js';

const PASSWORD = 'Очень-секретный-пароль-42';

describe.each(backends)('logs on %s', (backend) => {
  let tc: TestCentral;
  beforeAll(async () => {
    tc = await openTestCentral(backend, inject('postgresUrl'));
    const region = await seedRegion(tc.central, { code: 'orenburg', accounts: 1 });
    await createUser(tc.central, {
      login: 'logged',
      password: PASSWORD,
      regionId: region.regionId,
      accountIds: region.accountIds,
    });
  });
  afterAll(() => tc.dispose());

  it('record requests at trace level but never passwords, codes or tokens', async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString('utf8'));
        done();
      },
    });
    const app = await buildTestApp(tc.central, testClock(), { logger: { level: 'trace', stream } });
    const issued = issueCodeResponseSchema.parse(
      (
        await app.inject({
          method: 'POST',
          url: '/api/v1/admin/enrolment-codes',
          headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
          payload: { profile: 'counter', regionCode: 'orenburg' },
        })
      ).json(),
    );
    const enrolled = await app.inject({
      method: 'POST',
      url: '/api/v1/devices/enrol',
      payload: { code: issued.code, deviceName: 'Стойка' },
    });
    const deviceToken = (enrolled.json() as { deviceToken: string }).deviceToken;
    const headers = { authorization: `Device ${deviceToken}` };
    const reused = await app.inject({
      method: 'POST',
      url: '/api/v1/devices/enrol',
      payload: { code: issued.code, deviceName: 'x' },
    });
    expect(reused.statusCode).toBe(409);
    const wrong = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      headers,
      payload: { login: 'logged', password: `${PASSWORD}!` },
    });
    expect(wrong.statusCode).toBe(401);
    const invalid = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      headers,
      payload: { login: 'logged', password: PASSWORD, extra: PASSWORD },
    });
    expect(invalid.statusCode).toBe(400);
    const ok = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      headers,
      payload: { login: 'logged', password: PASSWORD },
    });
    const { sessionToken } = signInResponseSchema.parse(ok.json());
    await app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: { ...headers, 'x-session-token': sessionToken },
    });
    await app.close();

    const log = lines.join('');
    expect(lines.length).toBeGreaterThan(10);
    expect(log).toContain('request refused');
    expect(log).toContain('/api/v1/auth/sign-in');
    for (const secret of [
      PASSWORD,
      issued.code,
      issued.code.replaceAll('-', ''),
      deviceToken,
      sessionToken,
      ADMIN_TOKEN,
    ]) {
      expect(log).not.toContain(secret);
    }
  });
});
