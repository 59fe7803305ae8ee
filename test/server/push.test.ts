import { randomUUID } from 'node:crypto';

import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';

import { withSyncWriteLock } from '../../server/sync/write-lock.js';
import {
  type ReadingSubmitMutation,
  pushResponseSchema,
  type PushResponse,
} from '../../shared/sync/push.js';
import {
  backends,
  createUser,
  openTestCentral,
  type SeededRegion,
  seedRegion,
  type TestCentral,
} from '../support/central-fixture.js';
import { buildTestApp, enrolDevice, errorCodeOf, testClock, type TestDevice } from './harness.js';

type Values = ReadingSubmitMutation['payload']['values'];

describe.each(backends)('sync push on %s', (backend) => {
  let tc: TestCentral;
  let app: FastifyInstance;
  let orenburg: SeededRegion;
  let samara: SeededRegion;
  let userId: number;
  let twoZoneMeterId: number;
  const clock = testClock('2026-03-20T10:00:00.000Z');
  const devices: TestDevice[] = [];
  const nextSeq = new Map<number, number>();

  beforeAll(async () => {
    tc = await openTestCentral(backend, inject('postgresUrl'));
    orenburg = await seedRegion(tc.central, { code: 'orenburg', accounts: 3 });
    samara = await seedRegion(tc.central, {
      code: 'samara',
      timeZone: 'Europe/Samara',
      accounts: 1,
    });
    userId = await createUser(tc.central, {
      login: 'push-user',
      password: 'Secret-Pass-2026',
      regionId: orenburg.regionId,
      accountIds: [orenburg.accountIds[0]!],
    });
    twoZoneMeterId = await withSyncWriteLock(tc.central.db, async (trx) => {
      await trx
        .updateTable('suppliers')
        .set({ reading_window_from: 15, reading_window_to: 20 })
        .where('id', '=', orenburg.supplierId)
        .execute();
      const meter = await trx
        .insertInto('meters')
        .values({
          region_id: orenburg.regionId,
          account_id: orenburg.accountIds[2]!,
          service_id: orenburg.serviceIds[0]!,
          kind: 'individual',
          serial: 'TWO-ZONE-1',
          zones: 2,
          digit_capacity: 6,
          fraction_digits: 1,
          installed_on: '2020-03-01',
          verified_on: '2020-03-01',
          next_verification_on: '2032-03-01',
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return meter.id;
    });
    app = await buildTestApp(tc.central, clock);
    for (let i = 0; i < 3; i += 1) {
      devices.push(await enrolDevice(app, tc.central, clock, 'counter', 'orenburg'));
    }
  });
  afterAll(async () => {
    await app.close();
    await tc.dispose();
  });

  function mutation(
    device: TestDevice,
    meterId: number,
    values: Values | string,
    options: { userId?: number | null; id?: string; seq?: number } = {},
  ): ReadingSubmitMutation {
    const seq = options.seq ?? (nextSeq.get(device.id) ?? 0) + 1;
    if (options.seq === undefined) nextSeq.set(device.id, seq);
    return {
      seq,
      id: options.id ?? randomUUID(),
      kind: 'reading.submit',
      payload: {
        meterId,
        userId: options.userId ?? null,
        source: 'counter',
        enteredAt: clock().toISOString(),
        values: typeof values === 'string' ? [{ zone: 'single', value: values }] : values,
        confirmed: { rollover: false, jump: false },
      },
    };
  }

  async function post(device: TestDevice, body: unknown) {
    return app.inject({
      method: 'POST',
      url: '/api/v1/sync/push',
      headers: device.headers,
      payload: body as object,
    });
  }

  async function push(
    device: TestDevice,
    mutations: ReadingSubmitMutation[],
  ): Promise<PushResponse> {
    const response = await post(device, { mutations });
    expect(response.statusCode, response.body).toBe(200);
    return pushResponseSchema.parse(response.json());
  }

  const readingsOf = (submissionId: string) =>
    tc.central.db
      .selectFrom('readings')
      .select(['zone', 'value', 'period', 'meter_id', 'source'])
      .where('submission_id', '=', submissionId)
      .orderBy('zone')
      .execute();

  it('applies a reading once: a replay returns the stored result and writes nothing', async () => {
    const device = devices[0]!;
    const first = mutation(device, orenburg.meterIds[0]!, '120.5');
    const answer = await push(device, [first]);
    expect(answer).toEqual({
      results: [{ seq: 1, id: first.id, status: 'applied', reason: null, period: '2026-03' }],
      lastAppliedSeq: 1,
    });
    const again = await push(device, [first]);
    expect(again).toEqual(answer);
    expect(await readingsOf(first.id)).toEqual([
      {
        zone: 'single',
        value: '120.5000',
        period: '2026-03',
        meter_id: orenburg.meterIds[0],
        source: 'counter',
      },
    ]);
    const state = await app.inject({
      method: 'GET',
      url: '/api/v1/sync/push/state',
      headers: device.headers,
    });
    expect(state.json()).toEqual({ lastAppliedSeq: 1 });
  });

  it('answers a replay and the next new mutations in one batch', async () => {
    const device = devices[0]!;
    const replayedRows = await tc.central.db
      .selectFrom('device_mutations')
      .select(['seq', 'mutation_id'])
      .where('device_id', '=', device.id)
      .execute();
    const old = replayedRows.find((r) => Number(r.seq) === 1)!;
    const replay = {
      ...mutation(device, orenburg.meterIds[0]!, '120.5', { seq: 1, id: old.mutation_id }),
    };
    const fresh = mutation(device, orenburg.meterIds[0]!, '121');
    const answer = await push(device, [replay, fresh]);
    expect(answer.results.map((r) => [r.seq, r.status])).toEqual([
      [1, 'applied'],
      [2, 'applied'],
    ]);
    expect(answer.lastAppliedSeq).toBe(2);
  });

  it('refuses a batch that skips a seq (409 sequence_gap) and applies none of it', async () => {
    const device = devices[0]!;
    const skipped = mutation(device, orenburg.meterIds[0]!, '130', { seq: 4 });
    const response = await post(device, { mutations: [skipped] });
    expect(response.statusCode).toBe(409);
    expect(errorCodeOf(response)).toBe('sequence_gap');
    expect(await readingsOf(skipped.id)).toEqual([]);
  });

  it('refuses a known seq sent with a different UUID (409 sequence_conflict)', async () => {
    const device = devices[0]!;
    const response = await post(device, {
      mutations: [mutation(device, orenburg.meterIds[0]!, '125', { seq: 2 })],
    });
    expect(response.statusCode).toBe(409);
    expect(errorCodeOf(response)).toBe('sequence_conflict');
  });

  it('rejects with a reason, stores the rejection and never blocks the mutations behind it', async () => {
    const device = devices[1]!;
    const other = devices[2]!;
    // Another device's later reading arrives first: 200 is now the latest accepted value.
    await push(other, [mutation(other, orenburg.meterIds[1]!, '200')]);
    const batch = [
      mutation(device, orenburg.meterIds[1]!, '150'),
      mutation(device, 999_999, '10'),
      mutation(device, samara.meterIds[0]!, '10'),
      mutation(device, orenburg.meterIds[2]!, '10', { userId }),
      mutation(device, orenburg.meterIds[0]!, '1234567'),
      mutation(device, orenburg.meterIds[0]!, [{ zone: 'T1', value: '10' }]),
      mutation(device, twoZoneMeterId, [
        { zone: 'T1', value: '10.5' },
        { zone: 'T2', value: '4' },
      ]),
      mutation(device, orenburg.meterIds[0]!, '140', { userId }),
    ];
    const answer = await push(device, batch);
    expect(answer.results.map((r) => r.reason?.code ?? r.status)).toEqual([
      'less_than_previous',
      'meter_unknown',
      'meter_other_region',
      'user_not_linked',
      'too_many_digits',
      'zones_mismatch',
      'applied',
      'applied',
    ]);
    for (const result of answer.results.filter((r) => r.status === 'rejected')) {
      expect(result.reason!.message).toMatch(/[А-Яа-я]/);
      expect(result.period).toBeNull();
      expect(await readingsOf(result.id)).toEqual([]);
    }
    expect((await readingsOf(batch[6]!.id)).map((r) => [r.zone, r.value])).toEqual([
      ['T1', '10.5000'],
      ['T2', '4.0000'],
    ]);
    expect(await push(device, batch)).toEqual(answer);
  });

  it('takes the period from the supplier window in the region time zone (injected clock)', async () => {
    const device = devices[2]!;
    clock.set('2026-03-20T18:30:00.000Z'); // 23:30 on the 20th in Yekaterinburg: last day of 15–20
    const inWindow = mutation(device, orenburg.meterIds[3]!, '10');
    clock.set('2026-03-20T19:30:00.000Z'); // 00:30 on the 21st there: after the window
    const afterWindow = mutation(device, orenburg.meterIds[3]!, '11');
    const answer = await push(device, [inWindow, afterWindow]);
    expect(answer.results.map((r) => r.period)).toEqual(['2026-03', '2026-04']);
    // A device clock ahead of the server's counts as the server's now.
    const ahead = mutation(device, orenburg.meterIds[3]!, '12');
    ahead.payload.enteredAt = '2026-05-01T00:00:00.000Z';
    expect((await push(device, [ahead])).results[0]!.period).toBe('2026-04');
  });

  it('answers malformed bodies with 400 invalid_input and an unknown device with 401', async () => {
    const device = devices[0]!;
    const good = mutation(device, orenburg.meterIds[0]!, '1', { seq: 100 });
    const bodies: unknown[] = [
      {},
      { mutations: [] },
      { mutations: [{ ...good, seq: 0 }] },
      { mutations: [{ ...good, id: 'not-a-uuid' }] },
      { mutations: [{ ...good, kind: 'reading.delete' }] },
      { mutations: [{ ...good, payload: { ...good.payload, values: [] } }] },
      { mutations: [good, { ...good, seq: 102 }] },
      { mutations: [{ ...good, payload: { ...good.payload, source: 'average' } }] },
    ];
    for (const body of bodies) {
      const response = await post(device, body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(errorCodeOf(response)).toBe('invalid_input');
    }
    const raw = await app.inject({
      method: 'POST',
      url: '/api/v1/sync/push',
      headers: { ...device.headers, 'content-type': 'application/json' },
      payload: '{"mutations": [',
    });
    expect(raw.statusCode).toBe(400);
    const stranger = await app.inject({
      method: 'POST',
      url: '/api/v1/sync/push',
      headers: { authorization: 'Device 0123456789abcdef0123' },
      payload: { mutations: [good] },
    });
    expect(stranger.statusCode).toBe(401);
  });
});
