import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';

import { applyRequestMutation } from '../../../server/requests/apply-request.js';
import { withSyncWriteLock } from '../../../server/sync/write-lock.js';
import { centralErrorCodes, httpErrorSchema } from '../../../shared/sync/http.js';
import { backends } from '../../support/central-fixture.js';
import { ADMIN_TOKEN } from '../harness.js';
import { openRequestsWorld, requestMutation, type RequestsWorld } from './world.js';

const anyText = fc.string({ unit: 'grapheme', maxLength: 60 });

describe.each(backends)('fuzzing the admin request endpoints on %s', (backend) => {
  let world: RequestsWorld;
  beforeAll(async () => {
    world = await openRequestsWorld(backend, inject('postgresUrl'));
    // One real request (id 1), so well-formed fuzz input reaches the writes too.
    const m = requestMutation(world.counter, 1, { accountId: world.orenburg.accountIds[0]! });
    await withSyncWriteLock(world.tc.central.db, (trx) =>
      applyRequestMutation(
        trx,
        { id: world.counter.id, regionId: world.orenburg.regionId, profile: 'counter' },
        m,
        world.clock(),
      ),
    );
  });
  afterAll(() => world.close());

  const routes: ['GET' | 'POST' | 'PATCH', (id: string) => string][] = [
    ['GET', () => '/api/v1/admin/requests'],
    ['POST', (id) => `/api/v1/admin/requests/${encodeURIComponent(id)}/replies`],
    ['PATCH', (id) => `/api/v1/admin/requests/${encodeURIComponent(id)}`],
  ];
  const status = fc.constantFrom('new', 'in_progress', 'answered', 'closed', 'queued', '', 'NEW');
  const arbitrary = fc.record({
    route: fc.constantFrom(...routes),
    id: fc.oneof(anyText, fc.integer().map(String), fc.constantFrom('2147483648', '01', ' 1')),
    query: fc.dictionary(fc.constantFrom('number', 'status', 'limit', 'x'), anyText, {
      maxKeys: 3,
    }),
    authorised: fc.boolean(),
    body: fc.oneof(
      fc.jsonValue(),
      fc.record(
        { author: fc.oneof(anyText, fc.integer()), body: anyText, status },
        {
          requiredKeys: [],
        },
      ),
      fc.record({ status }, { requiredKeys: [] }),
      fc.string({ maxLength: 100 }).map((raw) => ({ raw })),
    ),
  });
  /** Well-formed calls on request 1, so the fuzz also reaches the writes, interleaved with junk. */
  const wellFormed = fc.record({
    route: fc.constantFrom(...routes),
    id: fc.constant('1'),
    query: fc.constant({}),
    authorised: fc.constant(true),
    body: fc.record({
      author: fc.constant('Оператор ЕРЦ'),
      body: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }).map((t) => `Ответ ${t}`),
      status: fc.constantFrom('new', 'in_progress', 'answered', 'closed'),
    }),
  });
  const input = fc.oneof(arbitrary, wellFormed);

  it('answers arbitrary input below 500, with the error body on every 4xx', async () => {
    const statuses = new Set<string>();
    await fc.assert(
      fc.asyncProperty(input, async ({ route, id, query, authorised, body }) => {
        const [method, path] = route;
        const search = new URLSearchParams(query as Record<string, string>).toString();
        const raw = typeof body === 'object' && body !== null && 'raw' in body;
        // PATCH takes the status alone.
        const sent =
          method === 'PATCH' && id === '1' && authorised && 'author' in (body as object)
            ? { status: (body as { status: string }).status }
            : body;
        const response = await world.app.inject({
          method,
          url: `${path(id)}${search ? `?${search}` : ''}`,
          headers: {
            'content-type': 'application/json',
            ...(authorised ? { authorization: `Bearer ${ADMIN_TOKEN}` } : {}),
          },
          ...(method === 'GET'
            ? {}
            : { payload: raw ? String((body as { raw: string }).raw) : JSON.stringify(sent) }),
        });
        expect(response.statusCode, response.body).toBeLessThan(500);
        if (response.statusCode < 300) statuses.add(`${method} ${response.statusCode}`);
        if (response.statusCode >= 400) {
          const error = httpErrorSchema.parse(response.json());
          expect(centralErrorCodes).toContain(error.error.code);
          expect(error.error.message).toMatch(/[А-Яа-я]/);
        }
      }),
      { numRuns: 300 },
    );
    // The fuzz reached the handlers, not only the guards.
    expect([...statuses].sort()).toEqual(['GET 200', 'PATCH 200', 'POST 201']);
  });
});
