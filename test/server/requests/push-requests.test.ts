import { randomUUID } from 'node:crypto';

import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';

import {
  type PushMutation,
  type PushResponse,
  pushResponseSchema,
} from '../../../shared/sync/push.js';
import { backends } from '../../support/central-fixture.js';
import { errorCodeOf, type TestDevice } from '../harness.js';
import { openRequestsWorld, requestMutation, type RequestsWorld } from './world.js';

describe.each(backends)('support requests through POST /api/v1/sync/push on %s', (backend) => {
  let world: RequestsWorld;
  beforeAll(async () => {
    world = await openRequestsWorld(backend, inject('postgresUrl'));
  });
  afterAll(() => world.close());

  const post = (device: TestDevice, mutations: unknown[]) =>
    world.app.inject({
      method: 'POST',
      url: '/api/v1/sync/push',
      headers: device.headers,
      payload: { mutations },
    });
  async function push(device: TestDevice, mutations: PushMutation[]): Promise<PushResponse> {
    const response = await post(device, mutations);
    expect(response.statusCode, response.body).toBe(200);
    return pushResponseSchema.parse(response.json());
  }
  const rowsOf = (submissionId: string) =>
    world.tc.central.db
      .selectFrom('support_requests')
      .select(['number', 'device_id', 'user_id'])
      .where('submission_id', '=', submissionId)
      .execute();

  it('applies requests beside readings exactly once; a replay answers the stored results', async () => {
    const counter = world.counter;
    const reading: PushMutation = {
      seq: 1,
      id: randomUUID(),
      kind: 'reading.submit',
      payload: {
        meterId: world.orenburg.meterIds[0]!,
        userId: null,
        source: 'counter',
        enteredAt: world.clock().toISOString(),
        values: [{ zone: 'single', value: '12.5' }],
        confirmed: { rollover: false, jump: false },
      },
    };
    const request = requestMutation(counter, 2, { accountId: world.orenburg.accountIds[0]! });
    const otherRegion = requestMutation(counter, 3, { accountId: world.samara.accountIds[0]! });
    const batch = [reading, request, otherRegion];
    const answer = await push(counter, batch);
    expect(answer.results.map((r) => [r.seq, r.status, r.reason?.code ?? null])).toEqual([
      [1, 'applied', null],
      [2, 'applied', null],
      [3, 'rejected', 'account_other_region'],
    ]);
    expect(answer.lastAppliedSeq).toBe(3);
    expect(await push(counter, batch)).toEqual(answer);
    expect(await rowsOf(request.id)).toEqual([
      { number: request.payload.number, device_id: counter.id, user_id: null },
    ]);
    expect(await rowsOf(otherRegion.id)).toEqual([]);
  });

  it("knows the device's profile: a kiosk files only for a signed-in resident", async () => {
    const kiosk = world.kiosk;
    const anonymous = requestMutation(kiosk, 1, { accountId: world.orenburg.accountIds[0]! });
    const resident = requestMutation(kiosk, 2, {
      accountId: world.orenburg.accountIds[0]!,
      userId: world.userId,
      source: 'kiosk',
    });
    const answer = await push(kiosk, [anonymous, resident]);
    expect(answer.results.map((r) => r.reason?.code ?? r.status)).toEqual([
      'staff_only',
      'applied',
    ]);
  });

  it('refuses a request UUID sent again at a new seq (409 sequence_conflict) and writes nothing', async () => {
    const counter = world.counter;
    const fresh = requestMutation(counter, 4, { accountId: world.orenburg.accountIds[1]! });
    await push(counter, [fresh]);
    const again = { ...requestMutation(counter, 5, { accountId: world.orenburg.accountIds[1]! }) };
    const response = await post(counter, [{ ...again, id: fresh.id }]);
    expect(response.statusCode).toBe(409);
    expect(errorCodeOf(response)).toBe('sequence_conflict');
    expect(await rowsOf(fresh.id)).toHaveLength(1);
  });

  it('answers malformed requests with 400 invalid_input', async () => {
    const good = requestMutation(world.counter, 5, { accountId: world.orenburg.accountIds[1]! });
    const broken: unknown[] = [
      { ...good, payload: { ...good.payload, number: '12-34' } },
      { ...good, payload: { ...good.payload, number: '0-000001' } },
      { ...good, payload: { ...good.payload, topic: 'weather' } },
      { ...good, payload: { ...good.payload, body: '   ' } },
      { ...good, payload: { ...good.payload, body: 'я'.repeat(2001) } },
      { ...good, payload: { ...good.payload, contact: '' } },
      { ...good, payload: { ...good.payload, extra: 1 } },
      { ...good, payload: { ...good.payload, meterId: 1 } },
      { ...good, kind: 'request.delete' },
      { ...good, payload: { ...good.payload, createdAt: 'yesterday' } },
    ];
    for (const mutation of broken) {
      const response = await post(world.counter, [mutation]);
      expect(response.statusCode, JSON.stringify(mutation).slice(0, 120)).toBe(400);
      expect(errorCodeOf(response)).toBe('invalid_input');
    }
    expect(await rowsOf(good.id)).toEqual([]);
  });
});
