import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';

import { applyRequestMutation } from '../../../server/requests/apply-request.js';
import { withSyncWriteLock } from '../../../server/sync/write-lock.js';
import type { RequestCreateMutation } from '../../../shared/sync/push.js';
import { backends } from '../../support/central-fixture.js';
import type { TestDevice } from '../harness.js';
import { openRequestsWorld, requestMutation, type RequestsWorld } from './world.js';

describe.each(backends)('applying a filed support request on %s', (backend) => {
  let world: RequestsWorld;
  beforeAll(async () => {
    world = await openRequestsWorld(backend, inject('postgresUrl'));
  });
  afterAll(() => world.close());

  const apply = (device: TestDevice, profile: 'kiosk' | 'counter', m: RequestCreateMutation) =>
    withSyncWriteLock(world.tc.central.db, (trx) =>
      applyRequestMutation(
        trx,
        { id: device.id, regionId: world.orenburg.regionId, profile },
        m,
        world.clock(),
      ),
    );
  const stored = (submissionId: string) =>
    world.tc.central.db
      .selectFrom('support_requests')
      .selectAll()
      .where('submission_id', '=', submissionId)
      .executeTakeFirst();

  it("stores a resident's request at a kiosk with its device number and status 'new'", async () => {
    const m = requestMutation(world.kiosk, 1, {
      accountId: world.orenburg.accountIds[0]!,
      userId: world.userId,
      source: 'kiosk',
      topic: 'meter',
    });
    expect(await apply(world.kiosk, 'kiosk', m)).toEqual({
      seq: 1,
      id: m.id,
      status: 'applied',
      reason: null,
      period: null,
    });
    const row = await stored(m.id);
    expect(row).toMatchObject({
      number: m.payload.number,
      region_id: world.orenburg.regionId,
      account_id: world.orenburg.accountIds[0],
      user_id: world.userId,
      device_id: world.kiosk.id,
      source: 'kiosk',
      topic: 'meter',
      body: m.payload.body,
      contact: m.payload.contact,
      status: 'new',
    });
    expect(new Date(row!.created_at).toISOString()).toBe(m.payload.createdAt);
    expect(new Date(row!.updated_at).toISOString()).toBe(world.clock().toISOString());
  });

  it("files for a resident's linked account of another region in that region", async () => {
    const m = requestMutation(world.kiosk, 2, {
      accountId: world.samara.accountIds[0]!,
      userId: world.userId,
      source: 'kiosk',
    });
    expect((await apply(world.kiosk, 'kiosk', m)).status).toBe('applied');
    expect((await stored(m.id))?.region_id).toBe(world.samara.regionId);
  });

  it('lets staff at a counter file for any account of its region, without a resident', async () => {
    const m = requestMutation(world.counter, 1, { accountId: world.orenburg.accountIds[1]! });
    expect((await apply(world.counter, 'counter', m)).status).toBe('applied');
    expect(await stored(m.id)).toMatchObject({ user_id: null, source: 'counter' });
  });

  it('rejects with a Russian reason and writes nothing', async () => {
    const cases: [TestDevice, 'kiosk' | 'counter', RequestCreateMutation, string][] = [
      [
        world.kiosk,
        'kiosk',
        requestMutation(world.kiosk, 3, { accountId: 987_654 }),
        'account_unknown',
      ],
      [
        world.kiosk,
        'kiosk',
        requestMutation(world.kiosk, 4, {
          accountId: world.orenburg.accountIds[1]!,
          userId: world.userId,
        }),
        'user_not_linked',
      ],
      [
        world.kiosk,
        'kiosk',
        requestMutation(world.kiosk, 5, { accountId: world.orenburg.accountIds[0]! }),
        'staff_only',
      ],
      [
        world.counter,
        'counter',
        requestMutation(world.counter, 2, { accountId: world.samara.accountIds[0]! }),
        'account_other_region',
      ],
    ];
    for (const [device, profile, m, code] of cases) {
      const result = await apply(device, profile, m);
      expect(result.status).toBe('rejected');
      expect(result.reason?.code).toBe(code);
      expect(result.reason?.message).toMatch(/^[А-Я].*[а-я].*\.$/);
      expect(await stored(m.id)).toBeUndefined();
    }
  });

  it("renumbers a taken number '<number>-<k>' (a device that lost its outbox counts from 1 again)", async () => {
    const accountId = world.orenburg.accountIds[1]!;
    const number = `${world.counter.id}-000777`;
    const numbers: string[] = [];
    for (let seq = 10; seq < 13; seq += 1) {
      const m = requestMutation(world.counter, seq, { accountId, number });
      expect((await apply(world.counter, 'counter', m)).status).toBe('applied');
      numbers.push((await stored(m.id))!.number);
    }
    expect(numbers).toEqual([number, `${number}-2`, `${number}-3`]);
  });

  it("dates a request from a device clock ahead of the server's at the server's now", async () => {
    const m = requestMutation(world.counter, 20, {
      accountId: world.orenburg.accountIds[1]!,
      createdAt: '2027-01-01T00:00:00.000Z',
    });
    await apply(world.counter, 'counter', m);
    expect(new Date((await stored(m.id))!.created_at).toISOString()).toBe(
      world.clock().toISOString(),
    );
  });
});
