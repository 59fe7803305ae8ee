import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';

import {
  PUSH_BATCH_MAX,
  type ReadingSubmitMutation,
  pushRequestSchema,
} from '../../shared/sync/push.js';
import { openTestCentral, type TestCentral } from '../support/central-fixture.js';
import { buildTestApp, enrolDevice, errorCodeOf, testClock, type TestDevice } from './harness.js';
import { seedRegion } from '../support/central-fixture.js';

const zones = ['single', 'T1', 'T2', 'T3'] as const;
const decimal = fc
  .tuple(
    fc.stringMatching(/^\d{1,8}$/),
    fc.option(fc.stringMatching(/^\d{1,4}$/), { nil: undefined }),
  )
  .map(([whole, fraction]) => (fraction === undefined ? whole : `${whole}.${fraction}`));

const mutationArb = (seq: number): fc.Arbitrary<ReadingSubmitMutation> =>
  fc.record({
    seq: fc.constant(seq),
    id: fc.uuid({ version: 4 }),
    kind: fc.constant('reading.submit' as const),
    payload: fc.record({
      meterId: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
      userId: fc.option(fc.integer({ min: 1, max: 1e6 }), { nil: null }),
      source: fc.constantFrom('cabinet' as const, 'kiosk' as const, 'counter' as const),
      enteredAt: fc
        .date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true })
        .map((d) => d.toISOString()),
      values: fc
        .uniqueArray(fc.constantFrom(...zones), { minLength: 1, maxLength: 3 })
        .chain((picked) =>
          fc.tuple(...picked.map((zone) => decimal.map((value) => ({ zone, value })))),
        ),
      confirmed: fc.record({ rollover: fc.boolean(), jump: fc.boolean() }),
    }),
  });

const batchArb = fc
  .tuple(fc.integer({ min: 1, max: 1e9 }), fc.integer({ min: 1, max: 5 }))
  .chain(([first, length]) =>
    fc.tuple(...Array.from({ length }, (_, i) => mutationArb(first + i))),
  );

/** Ways to break one mutation, each of which the schema must refuse. */
const breakers: [string, (m: ReadingSubmitMutation) => unknown][] = [
  ['seq zero', (m) => ({ ...m, seq: 0 })],
  ['seq fraction', (m) => ({ ...m, seq: m.seq + 0.5 })],
  ['seq as text', (m) => ({ ...m, seq: String(m.seq) })],
  ['id not a uuid', (m) => ({ ...m, id: m.id.slice(0, 20) })],
  ['unknown kind', (m) => ({ ...m, kind: 'reading.delete' })],
  ['extra field', (m) => ({ ...m, extra: 1 })],
  ['no values', (m) => ({ ...m, payload: { ...m.payload, values: [] } })],
  [
    'four values',
    (m) => ({
      ...m,
      payload: { ...m.payload, values: zones.map((zone) => ({ zone, value: '1' })) },
    }),
  ],
  [
    'repeated zone',
    (m) => ({
      ...m,
      payload: { ...m.payload, values: [m.payload.values[0], m.payload.values[0]] },
    }),
  ],
  [
    'negative value',
    (m) => ({ ...m, payload: { ...m.payload, values: [{ zone: 'single', value: '-1' }] } }),
  ],
  [
    'value with exponent',
    (m) => ({ ...m, payload: { ...m.payload, values: [{ zone: 'single', value: '1e5' }] } }),
  ],
  [
    'value as number',
    (m) => ({ ...m, payload: { ...m.payload, values: [{ zone: 'single', value: 5 }] } }),
  ],
  [
    'unknown zone',
    (m) => ({ ...m, payload: { ...m.payload, values: [{ zone: 'T4', value: '1' }] } }),
  ],
  ['computed source', (m) => ({ ...m, payload: { ...m.payload, source: 'average' } })],
  ['bad date', (m) => ({ ...m, payload: { ...m.payload, enteredAt: '2026-13-01' } })],
  ['no confirmation', (m) => ({ ...m, payload: { ...m.payload, confirmed: undefined } })],
  ['meter zero', (m) => ({ ...m, payload: { ...m.payload, meterId: 0 } })],
];

describe('push protocol schemas', () => {
  it('accept every well-formed batch', () => {
    fc.assert(
      fc.property(batchArb, (mutations) => pushRequestSchema.safeParse({ mutations }).success),
    );
  });

  it('refuse a batch with any one mutation broken', () => {
    fc.assert(
      fc.property(
        batchArb,
        fc.nat(),
        fc.constantFrom(...breakers),
        (mutations, at, [, breakIt]) => {
          const index = at % mutations.length;
          const broken = mutations.map((m, i) => (i === index ? breakIt(m) : m));
          return !pushRequestSchema.safeParse({ mutations: broken }).success;
        },
      ),
    );
  });

  it('refuse batches with a seq out of step, empty or over the limit', () => {
    fc.assert(
      fc.property(
        batchArb.filter((b) => b.length > 1),
        fc.integer({ min: 2, max: 50 }),
        (mutations, skip) => {
          const shuffled = mutations.map((m, i) => (i === 1 ? { ...m, seq: m.seq + skip - 1 } : m));
          return !pushRequestSchema.safeParse({ mutations: shuffled }).success;
        },
      ),
    );
    expect(pushRequestSchema.safeParse({ mutations: [] }).success).toBe(false);
    const many = fc.sample(mutationArb(1), 1)[0]!;
    const tooMany = Array.from({ length: PUSH_BATCH_MAX + 1 }, (_, i) => ({ ...many, seq: i + 1 }));
    expect(pushRequestSchema.safeParse({ mutations: tooMany }).success).toBe(false);
  });
});

describe('the push endpoint answers any malformed body with 400, never 500', () => {
  let tc: TestCentral;
  let app: FastifyInstance;
  let device: TestDevice;
  beforeAll(async () => {
    tc = await openTestCentral('pglite', inject('postgresUrl'));
    await seedRegion(tc.central, { code: 'orenburg', accounts: 1 });
    const clock = testClock();
    app = await buildTestApp(tc.central, clock);
    device = await enrolDevice(app, tc.central, clock, 'kiosk', 'orenburg');
  });
  afterAll(async () => {
    await app.close();
    await tc.dispose();
  });

  it('for arbitrary JSON and for broken batches', async () => {
    const bodies = fc.oneof(
      fc.jsonValue(),
      fc
        .tuple(batchArb, fc.nat(), fc.constantFrom(...breakers))
        .map(([mutations, at, [, breakIt]]) => ({
          mutations: mutations.map((m, i) => (i === at % mutations.length ? breakIt(m) : m)),
        })),
    );
    await fc.assert(
      fc.asyncProperty(bodies, async (body) => {
        const response = await app.inject({
          method: 'POST',
          url: '/api/v1/sync/push',
          headers: { ...device.headers, 'content-type': 'application/json' },
          payload: JSON.stringify(body),
        });
        expect(response.statusCode).toBe(400);
        expect(errorCodeOf(response)).toBe('invalid_input');
      }),
      { numRuns: 60 },
    );
  });
});
