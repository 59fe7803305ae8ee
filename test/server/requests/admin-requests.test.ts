import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';

import { adminRequestListSchema, adminRequestSchema } from '../../../server/requests/admin-http.js';
import { applyRequestMutation } from '../../../server/requests/apply-request.js';
import { withSyncWriteLock } from '../../../server/sync/write-lock.js';
import { backends } from '../../support/central-fixture.js';
import { ADMIN_TOKEN, errorCodeOf } from '../harness.js';
import { openRequestsWorld, requestMutation, type RequestsWorld } from './world.js';

describe.each(backends)('admin endpoints for support requests on %s', (backend) => {
  let world: RequestsWorld;
  let requestId: number;
  let number: string;
  const admin = { authorization: `Bearer ${ADMIN_TOKEN}` };

  beforeAll(async () => {
    world = await openRequestsWorld(backend, inject('postgresUrl'));
    const m = requestMutation(world.counter, 1, { accountId: world.orenburg.accountIds[0]! });
    number = m.payload.number;
    await withSyncWriteLock(world.tc.central.db, (trx) =>
      applyRequestMutation(
        trx,
        { id: world.counter.id, regionId: world.orenburg.regionId, profile: 'counter' },
        m,
        world.clock(),
      ),
    );
    const row = await world.tc.central.db
      .selectFrom('support_requests')
      .select('id')
      .where('number', '=', number)
      .executeTakeFirstOrThrow();
    requestId = row.id;
  });
  afterAll(() => world.close());

  const revOf = async () =>
    Number(
      (
        await world.tc.central.db
          .selectFrom('support_requests')
          .select('rev')
          .where('id', '=', requestId)
          .executeTakeFirstOrThrow()
      ).rev,
    );

  it('finds a request by its number, newest first by status', async () => {
    const byNumber = await world.app.inject({
      method: 'GET',
      url: `/api/v1/admin/requests?number=${number}`,
      headers: admin,
    });
    expect(byNumber.statusCode, byNumber.body).toBe(200);
    const list = adminRequestListSchema.parse(byNumber.json());
    expect(list.requests).toMatchObject([
      { id: requestId, number, status: 'new', source: 'counter', replies: [] },
    ]);
    const closed = await world.app.inject({
      method: 'GET',
      url: '/api/v1/admin/requests?status=closed',
      headers: admin,
    });
    expect(adminRequestListSchema.parse(closed.json()).requests).toEqual([]);
  });

  it('adds a reply, sets the status and bumps the rev so devices pull it again', async () => {
    const before = await revOf();
    world.clock.advanceMinutes(30);
    const response = await world.app.inject({
      method: 'POST',
      url: `/api/v1/admin/requests/${requestId}/replies`,
      headers: admin,
      payload: {
        author: '  Оператор ЕРЦ ',
        body: 'Начисление проверено, перерасчёт будет в апреле.',
      },
    });
    expect(response.statusCode, response.body).toBe(201);
    const answered = adminRequestSchema.parse(response.json());
    expect(answered).toMatchObject({
      status: 'answered',
      updatedAt: world.clock().toISOString(),
      replies: [
        {
          author: 'Оператор ЕРЦ',
          body: 'Начисление проверено, перерасчёт будет в апреле.',
          createdAt: world.clock().toISOString(),
        },
      ],
    });
    expect(await revOf()).toBeGreaterThan(before);
    const reply = await world.tc.central.db
      .selectFrom('support_request_replies')
      .select(['region_id', 'request_id'])
      .where('request_id', '=', requestId)
      .executeTakeFirstOrThrow();
    expect(reply.region_id).toBe(world.orenburg.regionId);
  });

  it('keeps a given status with the reply, and PATCH changes the status alone', async () => {
    const inWork = await world.app.inject({
      method: 'POST',
      url: `/api/v1/admin/requests/${requestId}/replies`,
      headers: admin,
      payload: { author: 'Оператор', body: 'Передали поставщику.', status: 'in_progress' },
    });
    expect(adminRequestSchema.parse(inWork.json())).toMatchObject({ status: 'in_progress' });
    expect(adminRequestSchema.parse(inWork.json()).replies).toHaveLength(2);
    const before = await revOf();
    const closed = await world.app.inject({
      method: 'PATCH',
      url: `/api/v1/admin/requests/${requestId}`,
      headers: admin,
      payload: { status: 'closed' },
    });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(adminRequestSchema.parse(closed.json()).status).toBe('closed');
    expect(await revOf()).toBeGreaterThan(before);
  });

  it('answers 404 for an unknown request, 400 for malformed input, 401 without the token', async () => {
    const reply = { author: 'Оператор', body: 'Ответ' };
    const cases: [string, string, object | undefined, Record<string, string>, number, string][] = [
      ['POST', '/api/v1/admin/requests/987654/replies', reply, admin, 404, 'not_found'],
      ['PATCH', '/api/v1/admin/requests/987654', { status: 'closed' }, admin, 404, 'not_found'],
      ['POST', '/api/v1/admin/requests/abc/replies', reply, admin, 400, 'invalid_input'],
      ['POST', '/api/v1/admin/requests/0/replies', reply, admin, 400, 'invalid_input'],
      ['POST', '/api/v1/admin/requests/1e3/replies', reply, admin, 400, 'invalid_input'],
      ['POST', '/api/v1/admin/requests/99999999999/replies', reply, admin, 400, 'invalid_input'],
      ['POST', `/api/v1/admin/requests/${requestId}/replies`, {}, admin, 400, 'invalid_input'],
      [
        'POST',
        `/api/v1/admin/requests/${requestId}/replies`,
        { author: '   ', body: 'Ответ' },
        admin,
        400,
        'invalid_input',
      ],
      [
        'POST',
        `/api/v1/admin/requests/${requestId}/replies`,
        { ...reply, status: 'queued' },
        admin,
        400,
        'invalid_input',
      ],
      ['PATCH', `/api/v1/admin/requests/${requestId}`, undefined, admin, 400, 'invalid_input'],
      ['GET', '/api/v1/admin/requests?limit=0', undefined, admin, 400, 'invalid_input'],
      ['GET', '/api/v1/admin/requests?page=2', undefined, admin, 400, 'invalid_input'],
      ['GET', '/api/v1/admin/requests', undefined, {}, 401, 'unauthorized'],
      ['PATCH', `/api/v1/admin/requests/${requestId}`, { status: 'new' }, {}, 401, 'unauthorized'],
    ];
    for (const [method, url, payload, headers, status, code] of cases) {
      const response = await world.app.inject({
        method: method as 'GET',
        url,
        headers,
        ...(payload ? { payload } : {}),
      });
      expect(response.statusCode, `${method} ${url}: ${response.body}`).toBe(status);
      expect(errorCodeOf(response)).toBe(code);
    }
  });
});
