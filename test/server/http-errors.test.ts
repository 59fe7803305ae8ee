import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';

import { httpErrorSchema } from '../../shared/sync/http.js';
import {
  backends,
  openTestCentral,
  seedRegion,
  type TestCentral,
} from '../support/central-fixture.js';
import { buildTestApp, enrolDevice, testClock } from './harness.js';

describe.each(backends)('error answers on %s', (backend) => {
  let tc: TestCentral;
  beforeAll(async () => {
    tc = await openTestCentral(backend, inject('postgresUrl'));
    await seedRegion(tc.central, { code: 'orenburg', accounts: 0 });
  });
  afterAll(() => tc.dispose());

  it('answers malformed JSON, wrong fields and wrong content types with 400/415 invalid_input', async () => {
    const app = await buildTestApp(tc.central, testClock());
    const malformed = await app.inject({
      method: 'POST',
      url: '/api/v1/devices/enrol',
      headers: { 'content-type': 'application/json' },
      payload: '{"code": "ABCD',
    });
    expect(malformed.statusCode).toBe(400);
    expect(httpErrorSchema.parse(malformed.json()).error).toMatchObject({
      code: 'invalid_input',
      message: expect.stringMatching(/JSON/),
    });
    const extra = await app.inject({
      method: 'POST',
      url: '/api/v1/devices/enrol',
      payload: { code: 'ABCD-EFGH-JKMN', deviceName: 'x', admin: true },
    });
    expect(extra.statusCode).toBe(400);
    expect(httpErrorSchema.parse(extra.json()).error.code).toBe('invalid_input');
    const text = await app.inject({
      method: 'POST',
      url: '/api/v1/devices/enrol',
      headers: { 'content-type': 'application/xml' },
      payload: '<code/>',
    });
    expect(text.statusCode).toBe(415);
    expect(httpErrorSchema.parse(text.json()).error.code).toBe('invalid_input');
    await app.close();
  });

  it('hides the details of internal errors behind a generic Russian message', async () => {
    const other = await openTestCentral(backend, inject('postgresUrl'));
    await seedRegion(other.central, { code: 'orenburg', accounts: 0 });
    const clock = testClock();
    const app = await buildTestApp(other.central, clock);
    const device = await enrolDevice(app, other.central, clock, 'kiosk', 'orenburg');
    await other.dispose();
    const response = await app.inject({
      method: 'GET',
      url: '/api/v1/sync/pull',
      headers: device.headers,
    });
    expect(response.statusCode).toBe(500);
    expect(response.json()).toEqual({
      error: { code: 'internal', message: expect.stringContaining('Внутренняя ошибка сервиса') },
    });
    expect(response.body).not.toMatch(/closed|terminat|pool|stack/i);
    await app.close();
  });
});
