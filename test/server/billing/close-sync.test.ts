import { randomUUID } from 'node:crypto';

import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';

import { pushResponseSchema } from '../../../shared/sync/push.js';
import { type SyncChange, syncPageSchema } from '../../../shared/sync/protocol.js';
import { backends, openTestCentral, type TestCentral } from '../../support/central-fixture.js';
import { ADMIN_TOKEN, buildTestApp, enrolDevice, testClock, type TestDevice } from '../harness.js';
import { addAccount, addReading } from './fixture-accounts.js';
import { type BillingRegion, seedBillingRegion } from './fixture.js';

/** A reading pushed from a device becomes, after the period close, a charge the device pulls. */
describe.each(backends)('push → close → pull on %s', (backend) => {
  let tc: TestCentral;
  let app: FastifyInstance;
  let region: BillingRegion;
  let device: TestDevice;
  let account: { accountId: number; meters: { electricity?: number } };
  const clock = testClock('2026-02-20T06:00:00.000Z');

  beforeAll(async () => {
    tc = await openTestCentral(backend, inject('postgresUrl'));
    region = await seedBillingRegion(tc.central);
    account = await addAccount(tc.central, region, {
      services: ['electricity', 'waste'],
      meters: [{ service: 'electricity', digitCapacity: 6 }],
    });
    await addReading(tc.central, account.meters.electricity!, '2026-01', ['1000']);
    app = await buildTestApp(tc.central, clock);
    device = await enrolDevice(app, tc.central, clock, 'counter', region.code);
  });
  afterAll(async () => {
    await app?.close();
    await tc?.dispose();
  });

  async function pullAll(cursor: string): Promise<{ changes: SyncChange[]; cursor: string }> {
    const changes: SyncChange[] = [];
    for (;;) {
      const response = await app.inject({
        method: 'GET',
        url: `/api/v1/sync/pull?cursor=${encodeURIComponent(cursor)}&limit=500`,
        headers: device.headers,
      });
      expect(response.statusCode, response.body).toBe(200);
      const page = syncPageSchema.parse(response.json());
      changes.push(...page.changes);
      cursor = page.cursor;
      if (!page.hasMore) return { changes, cursor };
    }
  }

  it('brings the device the charge made from the reading it pushed', async () => {
    const before = await pullAll('');
    const pushed = await app.inject({
      method: 'POST',
      url: '/api/v1/sync/push',
      headers: device.headers,
      payload: {
        mutations: [
          {
            seq: 1,
            id: randomUUID(),
            kind: 'reading.submit',
            payload: {
              meterId: account.meters.electricity!,
              userId: null,
              source: 'counter',
              enteredAt: clock().toISOString(),
              values: [{ zone: 'single', value: '1234' }],
              confirmed: { rollover: false, jump: false },
            },
          },
        ],
      },
    });
    expect(pushed.statusCode, pushed.body).toBe(200);
    expect(pushResponseSchema.parse(pushed.json()).results[0]).toMatchObject({
      status: 'applied',
      period: '2026-02',
    });

    clock.set('2026-03-01T02:00:00.000Z');
    const closed = await app.inject({
      method: 'POST',
      url: '/api/v1/admin/periods/close',
      headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
      payload: { regionCode: region.code, period: '2026-02' },
    });
    expect(closed.statusCode, closed.body).toBe(200);

    const after = await pullAll(before.cursor);
    const upserts = after.changes.flatMap((c) => (c.op === 'upsert' ? [c] : []));
    const charges = upserts.flatMap((c) => (c.entity === 'charge' ? [c.row] : []));
    const electricity = charges.find((c) => c.serviceId === region.services.electricity);
    expect(electricity).toMatchObject({
      accountId: account.accountId,
      period: '2026-02',
      method: 'meter',
      volume: expect.stringMatching(/^234(\.0+)?$/),
      charged: 140_400,
      debtEnd: 140_400,
    });
    expect(charges.map((c) => c.serviceId).sort()).toEqual(
      [region.services.electricity, region.services.waste].sort(),
    );
    const lines = upserts.flatMap((c) => (c.entity === 'chargeLine' ? [c.row] : []));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ chargeId: electricity!.id, zone: 'single', amount: 140_400 });
    expect(Number(lines[0]!.readingStart)).toBe(1000);
    expect(Number(lines[0]!.readingEnd)).toBe(1234);
  });
});
