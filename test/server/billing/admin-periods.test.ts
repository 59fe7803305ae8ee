import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';

import { centralErrorCodes, httpErrorSchema } from '../../../shared/sync/http.js';
import { backends, openTestCentral, type TestCentral } from '../../support/central-fixture.js';
import { ADMIN_TOKEN, buildTestApp, errorCodeOf, testClock } from '../harness.js';
import { addAccount } from './fixture-accounts.js';
import { type BillingRegion, seedBillingRegion } from './fixture.js';

const URL = '/api/v1/admin/periods/close';
const admin = { authorization: `Bearer ${ADMIN_TOKEN}` };

describe.each(backends)('POST /api/v1/admin/periods/close on %s', (backend) => {
  let tc: TestCentral;
  let app: FastifyInstance;
  let region: BillingRegion;
  const clock = testClock('2026-04-03T06:00:00.000Z');

  beforeAll(async () => {
    tc = await openTestCentral(backend, inject('postgresUrl'));
    region = await seedBillingRegion(tc.central);
    for (let i = 0; i < 3; i += 1) await addAccount(tc.central, region, { residents: i + 1 });
    app = await buildTestApp(tc.central, clock);
  });
  afterAll(async () => {
    await app?.close();
    await tc?.dispose();
  });

  const close = (payload: unknown, headers: Record<string, string> = admin) =>
    app.inject({ method: 'POST', url: URL, headers, payload: payload as object });

  it('needs the admin token', async () => {
    const body = { regionCode: region.code, period: '2026-02' };
    expect((await close(body, {})).statusCode).toBe(401);
    expect(
      (await close(body, { authorization: 'Bearer wrong-token-0123456789abcdefgh' })).statusCode,
    ).toBe(401);
    const disabled = await buildTestApp(tc.central, clock, { config: { adminToken: undefined } });
    const response = await disabled.inject({
      method: 'POST',
      url: URL,
      headers: admin,
      payload: body,
    });
    await disabled.close();
    expect(response.statusCode).toBe(503);
    expect(errorCodeOf(response)).toBe('admin_disabled');
  });

  it('closes a period and answers the summary, then refuses it again and refuses an unfinished one', async () => {
    const response = await close({ regionCode: region.code, period: '2026-02' });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      regionCode: region.code,
      period: '2026-02',
      closedAt: clock().toISOString(),
      accounts: 3,
      charges: { total: 18, normative: 15, area: 3, meter: 0, average: 0 },
      recalculations: { count: 0, kopecks: 0 },
    });
    const again = await close({ regionCode: region.code, period: '2026-02' });
    expect(again.statusCode).toBe(409);
    expect(errorCodeOf(again)).toBe('period_already_closed');
    const skipped = await close({ regionCode: region.code, period: '2026-04' });
    expect(skipped.statusCode).toBe(409);
    expect(errorCodeOf(skipped)).toBe('period_not_ended');
    const unknown = await close({ regionCode: 'atlantis', period: '2026-03' });
    expect(unknown.statusCode).toBe(404);
    expect(errorCodeOf(unknown)).toBe('region_unknown');
  });

  it('answers malformed bodies with 400 invalid_input', async () => {
    for (const payload of [
      {},
      { regionCode: region.code },
      { regionCode: region.code, period: '2026-13' },
      { regionCode: region.code, period: '2026-2' },
      { regionCode: '', period: '2026-03' },
      { regionCode: region.code, period: '2026-03', extra: true },
      { regionCode: 7, period: 202603 },
      [],
    ]) {
      const response = await close(payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect(errorCodeOf(response)).toBe('invalid_input');
    }
  });

  it('never answers 500 to arbitrary bodies (fuzz)', async () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 30 });
    const body = fc.oneof(
      fc.jsonValue(),
      fc.record(
        {
          regionCode: fc.oneof(text, fc.constant(region.code), fc.integer()),
          period: fc.oneof(
            text,
            fc
              .tuple(fc.integer({ min: 0, max: 99_999 }), fc.integer({ min: -1, max: 14 }))
              .map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
          ),
          note: text,
        },
        { requiredKeys: [] },
      ),
      text.map((raw) => ({ raw })),
    );
    await fc.assert(
      fc.asyncProperty(body, fc.boolean(), async (payload, authorised) => {
        const isRaw = typeof payload === 'object' && payload !== null && 'raw' in payload;
        const response = await app.inject({
          method: 'POST',
          url: URL,
          headers: { 'content-type': 'application/json', ...(authorised ? admin : {}) },
          payload: isRaw ? String((payload as { raw: string }).raw) : JSON.stringify(payload),
        });
        expect(response.statusCode, response.body).toBeLessThan(500);
        if (response.statusCode >= 400) {
          const error = httpErrorSchema.parse(response.json());
          expect(centralErrorCodes).toContain(error.error.code);
          expect(error.error.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });
});
