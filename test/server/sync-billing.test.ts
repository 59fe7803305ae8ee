import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';

import { withSyncWriteLock } from '../../server/sync/write-lock.js';
import {
  type SyncChange,
  type SyncEntity,
  type SyncPage,
  syncPageSchema,
} from '../../shared/sync/protocol.js';
import { periodsEndingAt, type SeededBilling, seedBilling } from '../support/billing-seed.js';
import {
  backends,
  openTestCentral,
  type SeededRegion,
  seedRegion,
  type TestCentral,
} from '../support/central-fixture.js';
import { buildTestApp, enrolDevice, testClock, type TestDevice } from './harness.js';

const ACCOUNTS = 3;
const billingEntities = [
  'reading',
  'charge',
  'chargeLine',
  'payment',
  'supportRequest',
  'supportReply',
] as const;
type Upsert<E extends SyncEntity> = Extract<SyncChange, { op: 'upsert'; entity: E }>;

describe.each(backends)('billing rows in the pull feed on %s', (backend) => {
  let tc: TestCentral;
  let app: FastifyInstance;
  let orenburg: SeededRegion;
  let seeded: SeededBilling;
  let counter: TestDevice;
  let kiosk: TestDevice;
  let samaraCounter: TestDevice;
  const clock = testClock();
  beforeAll(async () => {
    tc = await openTestCentral(backend, inject('postgresUrl'));
    orenburg = await seedRegion(tc.central, { code: 'orenburg', accounts: ACCOUNTS });
    const samara = await seedRegion(tc.central, { code: 'samara', accounts: ACCOUNTS });
    const periods = periodsEndingAt('2026-01', 4);
    seeded = await seedBilling(tc.central, orenburg.accountIds, periods);
    await seedBilling(tc.central, samara.accountIds, periods);
    app = await buildTestApp(tc.central, clock);
    counter = await enrolDevice(app, tc.central, clock, 'counter', 'orenburg');
    kiosk = await enrolDevice(app, tc.central, clock, 'kiosk', 'orenburg');
    samaraCounter = await enrolDevice(app, tc.central, clock, 'counter', 'samara');
  });
  afterAll(async () => {
    await app.close();
    await tc.dispose();
  });

  async function pull(device: TestDevice, cursor = '', limit = 1000): Promise<SyncPage> {
    const response = await app.inject({
      method: 'GET',
      url: `/api/v1/sync/pull?cursor=${cursor}&limit=${limit}&withTotal=1`,
      headers: device.headers,
    });
    expect(response.statusCode, response.body).toBe(200);
    return syncPageSchema.parse(response.json());
  }

  async function pullAll(device: TestDevice, cursor = '', limit = 1000) {
    const changes: SyncChange[] = [];
    for (;;) {
      const page = await pull(device, cursor, limit);
      changes.push(...page.changes);
      cursor = page.cursor;
      if (!page.hasMore) return { changes, cursor };
    }
  }

  const upserts = <E extends SyncEntity>(changes: SyncChange[], entity: E) =>
    changes.filter((c): c is Upsert<E> => c.op === 'upsert' && c.entity === entity);

  it('brings every billing row of the device region, and only of it', async () => {
    const { changes } = await pullAll(counter, '', 37);
    const expected: Record<(typeof billingEntities)[number], number> = {
      reading: seeded.readings,
      charge: seeded.charges,
      chargeLine: seeded.chargeLines,
      payment: seeded.payments,
      supportRequest: seeded.requests,
      supportReply: seeded.replies,
    };
    for (const entity of billingEntities) {
      const rows = upserts(changes, entity).map((c) => c.row);
      expect(rows.length, entity).toBe(expected[entity]);
      expect(new Set(rows.map((r) => r.id)).size, entity).toBe(rows.length);
      for (const row of rows) expect(row.regionId, entity).toBe(orenburg.regionId);
    }
    const samara = await pullAll(samaraCounter);
    for (const change of samara.changes)
      if (change.op === 'upsert' && change.entity !== 'region')
        expect((change.row as { regionId: number }).regionId).not.toBe(orenburg.regionId);
  });

  it('maps billing rows to the protocol: trimmed decimals, UTC instants, UUIDs', async () => {
    const { changes } = await pullAll(counter);
    const reading = upserts(changes, 'reading')[0]!.row;
    expect(reading.value).toMatch(/^\d+\.\d5$/);
    expect(reading.enteredAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:15:00\.123Z$/);
    expect(reading.id).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(upserts(changes, 'charge')[0]!.row).toMatchObject({
      volume: '12.50',
      tariff: '41.23',
      coefficient: '1.00',
      method: 'meter',
      reason: null,
      estimatedStreak: null,
    });
    const line = upserts(changes, 'chargeLine')[0]!.row;
    expect(line).toMatchObject({ readingStart: '88', readingEnd: '100.5', price: '41.23' });
    expect(upserts(changes, 'payment')[0]!.row.paidAt).toMatch(/T07:30:00\.000Z$/);
    const supplier = upserts(changes, 'supplier')[0]!.row;
    expect(supplier).toMatchObject({ readingWindowFrom: 15, readingWindowTo: 25 });
  });

  it('gives a counter the text and contact of requests, and a kiosk neither', async () => {
    const atCounter = upserts((await pullAll(counter)).changes, 'supportRequest');
    const atKiosk = upserts((await pullAll(kiosk)).changes, 'supportRequest');
    expect(atKiosk.length).toBe(atCounter.length);
    for (const { row } of atCounter) {
      expect(row.body).toMatch(/^Обращение \d по счёту \d+$/);
      expect(row.contact).toBe('+79030000000');
    }
    for (const [i, { row }] of atKiosk.entries()) {
      expect(row).toEqual({ ...atCounter[i]!.row, body: null, contact: null });
    }
  });

  it('sends a changed request, a new reply, a repaid charge and a rejected reading again', async () => {
    const { changes, cursor } = await pullAll(counter);
    const request = upserts(changes, 'supportRequest').find((c) => c.row.status === 'new')!.row;
    const charge = upserts(changes, 'charge')[0]!.row;
    const reading = upserts(changes, 'reading').find((c) => c.row.status === 'accepted')!.row;
    await withSyncWriteLock(tc.central.db, async (trx) => {
      await trx
        .updateTable('support_requests')
        .set({ status: 'answered', updated_at: '2026-02-01T10:00:00.000Z' })
        .where('id', '=', request.id)
        .execute();
      await trx
        .insertInto('support_request_replies')
        .values({
          region_id: orenburg.regionId,
          request_id: request.id,
          author: 'Оператор ЕРЦ',
          body: 'Перерасчёт выполнен',
          created_at: '2026-02-01T10:00:00.000Z',
        })
        .execute();
      await trx
        .updateTable('charges')
        .set({ paid: charge.paid + 500, debt_end: charge.debtEnd - 500 })
        .where('id', '=', charge.id)
        .execute();
      await trx
        .updateTable('readings')
        .set({ status: 'rejected' })
        .where('id', '=', reading.id)
        .execute();
    });
    const next = await pull(counter, cursor);
    expect(next.total).toBe(4);
    expect(next.changes).toEqual([
      {
        op: 'upsert',
        entity: 'supportRequest',
        row: { ...request, status: 'answered', updatedAt: '2026-02-01T10:00:00.000Z' },
      },
      {
        op: 'upsert',
        entity: 'supportReply',
        row: expect.objectContaining({ requestId: request.id, body: 'Перерасчёт выполнен' }),
      },
      {
        op: 'upsert',
        entity: 'charge',
        row: { ...charge, paid: charge.paid + 500, debtEnd: charge.debtEnd - 500 },
      },
      { op: 'upsert', entity: 'reading', row: { ...reading, status: 'rejected' } },
    ]);
    expect((await pull(counter, next.cursor)).changes).toEqual([]);
  });
});
