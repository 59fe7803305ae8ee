import { randomUUID } from 'node:crypto';

import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';

import { withSyncWriteLock } from '../../server/sync/write-lock.js';
import { type ReadingSubmitMutation, pushResponseSchema } from '../../shared/sync/push.js';
import {
  backends,
  openTestCentral,
  type SeededRegion,
  seedRegion,
  type TestCentral,
} from '../support/central-fixture.js';
import { buildTestApp, enrolDevice, errorCodeOf, testClock, type TestDevice } from './harness.js';

type Source = 'counter' | 'average' | 'normative';

describe.each(backends)('push acceptance on %s', (backend) => {
  let tc: TestCentral;
  let app: FastifyInstance;
  let region: SeededRegion;
  let device: TestDevice;
  let seq = 0;
  const clock = testClock('2026-03-20T10:00:00.000Z');

  beforeAll(async () => {
    tc = await openTestCentral(backend, inject('postgresUrl'));
    region = await seedRegion(tc.central, { code: 'orenburg', accounts: 4 });
    app = await buildTestApp(tc.central, clock);
    device = await enrolDevice(app, tc.central, clock, 'counter', 'orenburg');
  });
  afterAll(async () => {
    await app.close();
    await tc.dispose();
  });

  /** Readings written by an import or a period close, not through a push. */
  const history = (meterId: number, rows: [period: string, value: string, source: Source][]) =>
    withSyncWriteLock(tc.central.db, (trx) =>
      trx
        .insertInto('readings')
        .values(
          rows.map(([period, value, source]) => ({
            id: randomUUID(),
            meter_id: meterId,
            period,
            zone: 'single' as const,
            value,
            source,
            entered_at: `${period}-20T08:00:00.000Z`,
          })),
        )
        .execute(),
    );
  const realMonths = (from: number): [string, string, Source][] =>
    ['2025-08', '2025-09', '2025-10', '2025-11', '2025-12', '2026-01'].map((period, i) => [
      period,
      String(from + 10 * i),
      'counter',
    ]);

  function reading(
    meterId: number,
    value: string,
    options: { jump?: boolean; id?: string; seq?: number } = {},
  ): ReadingSubmitMutation {
    if (options.seq === undefined) seq += 1;
    return {
      seq: options.seq ?? seq,
      id: options.id ?? randomUUID(),
      kind: 'reading.submit',
      payload: {
        meterId,
        userId: null,
        source: 'counter',
        enteredAt: clock().toISOString(),
        values: [{ zone: 'single', value }],
        confirmed: { rollover: false, jump: options.jump ?? false },
      },
    };
  }
  const post = (mutations: ReadingSubmitMutation[], by = device) =>
    app.inject({
      method: 'POST',
      url: '/api/v1/sync/push',
      headers: by.headers,
      payload: { mutations },
    });
  async function push(mutations: ReadingSubmitMutation[]) {
    const response = await post(mutations);
    expect(response.statusCode, response.body).toBe(200);
    return pushResponseSchema.parse(response.json()).results;
  }

  it('checks against the latest REAL reading: an estimate above the true value is no "previous"', async () => {
    const meterId = region.meterIds[0]!;
    await history(meterId, [...realMonths(100), ['2026-02', '900', 'average']]);
    const [below, between] = await push([reading(meterId, '140'), reading(meterId, '160')]);
    expect(below).toMatchObject({ status: 'rejected', reason: { code: 'less_than_previous' } });
    expect(below!.reason!.message).toContain('(150)');
    expect(between).toMatchObject({ status: 'applied', period: '2026-03' });
  });

  it('judges jumps by the average of real readings only', async () => {
    const meterId = region.meterIds[1]!;
    // A normative estimate of 0 at the start of the span would raise the average to 25 a month.
    await history(meterId, [['2025-07', '0', 'normative'], ...realMonths(100)]);
    const [unconfirmed] = await push([reading(meterId, '200')]);
    expect(unconfirmed).toMatchObject({ status: 'rejected', reason: { code: 'jump_unconfirmed' } });
    expect(unconfirmed!.reason!.message).toContain('среднего (10 в месяц)');
    const [confirmed] = await push([reading(meterId, '200', { jump: true })]);
    expect(confirmed).toMatchObject({ status: 'applied' });
  });

  it("writes the meter's region and a rev on every zone row", async () => {
    const meterId = region.meterIds[2]!;
    const [result] = await push([reading(meterId, '5')]);
    const rows = await tc.central.db
      .selectFrom('readings')
      .select(['region_id', 'rev', 'device_id', 'submission_id'])
      .where('submission_id', '=', result!.id)
      .execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ region_id: region.regionId, device_id: device.id });
    expect(Number(rows[0]!.rev)).toBeGreaterThan(0);
  });

  it('refuses a UUID stored before, at a new seq or from another device (409), writing nothing', async () => {
    const [applied, rejected] = await push([
      reading(region.meterIds[3]!, '7'),
      reading(2_000_000_000, '7'),
    ]);
    expect([applied!.status, rejected!.status]).toEqual(['applied', 'rejected']);
    const lastSeq = seq;
    const other = await enrolDevice(app, tc.central, clock, 'counter', 'orenburg');
    for (const id of [applied!.id, rejected!.id]) {
      const again = reading(region.meterIds[3]!, '8', { id, seq: lastSeq + 1 });
      const response = await post([again]);
      expect(response.statusCode, response.body).toBe(409);
      expect(errorCodeOf(response)).toBe('sequence_conflict');
      const elsewhere = await post([{ ...again, seq: 1 }], other);
      expect(errorCodeOf(elsewhere)).toBe('sequence_conflict');
    }
    const state = await app.inject({
      method: 'GET',
      url: '/api/v1/sync/push/state',
      headers: device.headers,
    });
    expect(state.json()).toEqual({ lastAppliedSeq: lastSeq });
    const eights = await tc.central.db
      .selectFrom('readings')
      .select('id')
      .where('meter_id', '=', region.meterIds[3]!)
      .where('value', '=', '8')
      .execute();
    expect(eights).toEqual([]);
  });
});

describe('push and the sync write lock (PostgreSQL: real concurrent connections)', () => {
  let tc: TestCentral;
  let app: FastifyInstance;
  let region: SeededRegion;
  let device: TestDevice;
  const clock = testClock('2026-03-20T10:00:00.000Z');

  beforeAll(async () => {
    tc = await openTestCentral('postgres', inject('postgresUrl'));
    region = await seedRegion(tc.central, { code: 'orenburg', accounts: 1 });
    app = await buildTestApp(tc.central, clock);
    device = await enrolDevice(app, tc.central, clock, 'counter', 'orenburg');
  });
  afterAll(async () => {
    await app.close();
    await tc.dispose();
  });

  it('waits for a writer holding the lock, so its readings get later revs than what that writer wrote', async () => {
    const meterId = region.meterIds[0]!;
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let locked!: () => void;
    const holding = new Promise<void>((resolve) => (locked = resolve));
    // The writer takes its rev only once the push waits: a pull between the writer's commit and
    // the push's must not be able to move past the push's reading.
    const writer = withSyncWriteLock(tc.central.db, async (trx) => {
      locked();
      await released;
      await trx
        .updateTable('meters')
        .set({ serial: 'RENAMED-1' })
        .where('id', '=', meterId)
        .execute();
    });
    await holding;
    const id = randomUUID();
    const pushing = app.inject({
      method: 'POST',
      url: '/api/v1/sync/push',
      headers: device.headers,
      payload: {
        mutations: [
          {
            seq: 1,
            id,
            kind: 'reading.submit',
            payload: {
              meterId,
              userId: null,
              source: 'counter',
              enteredAt: clock().toISOString(),
              values: [{ zone: 'single', value: '12' }],
              confirmed: { rollover: false, jump: false },
            },
          },
        ],
      },
    });
    const waiting = async () => {
      const { rows } = await sql<{ n: number }>`
        SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted`.execute(
        tc.central.db,
      );
      return rows[0]!.n;
    };
    for (let polls = 0; (await waiting()) === 0; polls += 1) {
      if (polls > 1000) throw new Error('the push never waited for the sync write lock');
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const early = await tc.central.db
      .selectFrom('device_mutations')
      .select('seq')
      .where('device_id', '=', device.id)
      .execute();
    expect(early).toEqual([]);
    release();
    await writer;
    const response = await pushing;
    expect(response.statusCode, response.body).toBe(200);
    const meter = await tc.central.db
      .selectFrom('meters')
      .select('rev')
      .where('id', '=', meterId)
      .executeTakeFirstOrThrow();
    const written = await tc.central.db
      .selectFrom('readings')
      .select('rev')
      .where('submission_id', '=', id)
      .executeTakeFirstOrThrow();
    expect(Number(written.rev)).toBeGreaterThan(Number(meter.rev));
  });
});
