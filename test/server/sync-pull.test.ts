import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';

import {
  SYNC_PAGE_LIMIT_MAX,
  type SyncChange,
  type SyncPage,
  syncPageSchema,
} from '../../shared/sync/protocol.js';
import { withSyncWriteLock } from '../../server/sync/write-lock.js';
import {
  backends,
  openTestCentral,
  type SeededRegion,
  seedRegion,
  type TestCentral,
} from '../support/central-fixture.js';
import { buildTestApp, enrolDevice, errorCodeOf, testClock, type TestDevice } from './harness.js';

const ACCOUNTS = 5;
/** region + supplier + 2 services + 2 tariffs + accounts + 2 links and 2 meters per account */
const ROWS_PER_REGION = 1 + 1 + 2 + 2 + ACCOUNTS * 5;

const key = (c: SyncChange) => `${c.op}:${c.entity}:${c.op === 'delete' ? c.id : c.row.id}`;

describe.each(backends)('sync pull on %s', (backend) => {
  let tc: TestCentral;
  let app: FastifyInstance;
  let orenburg: SeededRegion;
  let samara: SeededRegion;
  let counter: TestDevice;
  let kiosk: TestDevice;
  let samaraKiosk: TestDevice;
  const clock = testClock();
  beforeAll(async () => {
    tc = await openTestCentral(backend, inject('postgresUrl'));
    orenburg = await seedRegion(tc.central, { code: 'orenburg', accounts: ACCOUNTS });
    samara = await seedRegion(tc.central, {
      code: 'samara',
      timeZone: 'Europe/Samara',
      accounts: ACCOUNTS,
    });
    app = await buildTestApp(tc.central, clock);
    counter = await enrolDevice(app, tc.central, clock, 'counter', 'orenburg');
    kiosk = await enrolDevice(app, tc.central, clock, 'kiosk', 'orenburg');
    samaraKiosk = await enrolDevice(app, tc.central, clock, 'kiosk', 'samara');
  });
  afterAll(async () => {
    await app.close();
    await tc.dispose();
  });

  async function pull(device: TestDevice, query: string): Promise<SyncPage> {
    const response = await app.inject({
      method: 'GET',
      url: `/api/v1/sync/pull?${query}`,
      headers: device.headers,
    });
    expect(response.statusCode, response.body).toBe(200);
    return syncPageSchema.parse(response.json());
  }

  async function pullAll(device: TestDevice, limit: number, cursor = '') {
    const changes: SyncChange[] = [];
    let pages = 0;
    for (;;) {
      const page = await pull(device, `cursor=${cursor}&limit=${limit}`);
      expect(page.changes.length).toBeLessThanOrEqual(limit);
      changes.push(...page.changes);
      cursor = page.cursor;
      pages += 1;
      if (!page.hasMore) return { changes, cursor, pages };
    }
  }

  it('pages through the whole region, every row exactly once, with the total up front', async () => {
    const first = await pull(counter, 'limit=7&withTotal=1');
    expect(first.total).toBe(ROWS_PER_REGION);
    expect(first.hasMore).toBe(true);
    const { changes, pages } = await pullAll(counter, 7);
    expect(pages).toBe(Math.ceil(ROWS_PER_REGION / 7));
    const keys = changes.map(key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toHaveLength(ROWS_PER_REGION);
    expect(keys).toContain(`upsert:region:${orenburg.regionId}`);
    for (const id of orenburg.meterIds) expect(keys).toContain(`upsert:meter:${id}`);
    for (const id of orenburg.accountServiceIds)
      expect(keys).toContain(`upsert:accountService:${id}`);
    expect(changes[0]).toMatchObject({ entity: 'region' });
  });

  it('answers the same pages when resumed from a saved cursor', async () => {
    const page1 = await pull(counter, 'limit=10');
    const page2 = await pull(counter, `cursor=${page1.cursor}&limit=10`);
    const again = await pull(counter, `cursor=${page1.cursor}&limit=10`);
    expect(again).toEqual(page2);
    expect(page2.changes.map(key).some((k) => page1.changes.map(key).includes(k))).toBe(false);
  });

  it('maps rows to the protocol: trimmed decimals, ISO dates, camelCase', async () => {
    const { changes } = await pullAll(counter, 1000);
    const tariff = changes.find((c) => c.op === 'upsert' && c.entity === 'tariff');
    expect(tariff).toMatchObject({
      row: { price: '5.97', validFrom: '2025-01-01', zoneCount: 1, zone: 'single' },
    });
    const account = changes.find((c) => c.op === 'upsert' && c.entity === 'account');
    expect(account).toMatchObject({
      row: {
        area: '54.30',
        rooms: 2,
        residents: 3,
        ownerName: 'Иванов Иван 0',
        ownerPhone: '+79030000000',
      },
    });
    const meter = changes.find((c) => c.op === 'upsert' && c.entity === 'meter');
    expect(meter).toMatchObject({
      row: {
        digitCapacity: 6,
        fractionDigits: 3,
        installedOn: '2020-03-01',
        nextVerificationOn: '2032-03-01',
      },
    });
  });

  it('never gives a kiosk the owner name or phone', async () => {
    const { changes } = await pullAll(kiosk, 1000);
    const accounts = changes.filter((c) => c.op === 'upsert' && c.entity === 'account');
    expect(accounts).toHaveLength(ACCOUNTS);
    for (const change of accounts)
      expect(change).toMatchObject({ row: { ownerName: null, ownerPhone: null } });
  });

  it('scopes every change to the device region', async () => {
    const { changes } = await pullAll(samaraKiosk, 1000);
    expect(changes).toHaveLength(ROWS_PER_REGION);
    for (const change of changes) {
      if (change.op !== 'upsert') continue;
      const regionId =
        change.entity === 'region' ? change.row.id : (change.row as { regionId: number }).regionId;
      expect(regionId).toBe(samara.regionId);
    }
  });

  it('sends updates again with a higher rev, and deletions as tombstones', async () => {
    const { cursor } = await pullAll(counter, 1000);
    const empty = await pull(counter, `cursor=${cursor}&withTotal=1`);
    expect(empty).toEqual({ changes: [], cursor, hasMore: false, total: 0 });

    const [accountId] = orenburg.accountIds;
    const meterId = orenburg.meterIds.at(-1)!;
    await withSyncWriteLock(tc.central.db, async (trx) => {
      await trx
        .updateTable('accounts')
        .set({ residents: 4 })
        .where('id', '=', accountId!)
        .execute();
      await trx
        .updateTable('accounts')
        .set({ residents: 7 })
        .where('id', '=', samara.accountIds[0]!)
        .execute();
      await trx.deleteFrom('meters').where('id', '=', meterId).execute();
      await trx
        .insertInto('sync_tombstones')
        .values({ region_id: orenburg.regionId, entity: 'meter', entity_id: meterId })
        .execute();
    });
    const next = await pull(counter, `cursor=${cursor}&withTotal=1`);
    expect(next.total).toBe(2);
    expect(next.changes).toEqual([
      {
        op: 'upsert',
        entity: 'account',
        row: expect.objectContaining({ id: accountId, residents: 4 }),
      },
      { op: 'delete', entity: 'meter', id: meterId },
    ]);
    expect(next.cursor).not.toBe(cursor);
    expect((await pull(counter, `cursor=${next.cursor}`)).changes).toEqual([]);
  });

  it('pages identically at any page size when revs interleave across tables', async () => {
    // Touch rows of several tables in a shuffled order so each table's revs are scattered.
    const targets = fc.sample(
      fc.shuffledSubarray(
        [
          ...orenburg.accountIds.map((id) => ['accounts', id] as const),
          ...orenburg.meterIds.map((id) => ['meters', id] as const),
          ...orenburg.serviceIds.map((id) => ['services', id] as const),
        ],
        { minLength: 6 },
      ),
      { numRuns: 1, seed: 2026 },
    )[0]!;
    await withSyncWriteLock(tc.central.db, async (trx) => {
      for (const [table, id] of targets) {
        if (table === 'accounts')
          await trx.updateTable('accounts').set({ rooms: 3 }).where('id', '=', id).execute();
        else if (table === 'meters')
          await trx.updateTable('meters').set({ digit_capacity: 7 }).where('id', '=', id).execute();
        else await trx.updateTable('services').set({ unit: 'ед.' }).where('id', '=', id).execute();
      }
    });
    const whole = await pullAll(counter, 1000);
    expect(whole.pages).toBe(1);
    for (const limit of [1, 2, 3, 5, 7, 13]) {
      const paged = await pullAll(counter, limit);
      expect(paged.changes.map(key)).toEqual(whole.changes.map(key));
      expect(paged.cursor).toBe(whole.cursor);
    }
  });

  it.each([
    ['a garbage cursor', 'cursor=not-a-cursor'],
    [
      'a cursor of another version',
      `cursor=${Buffer.from('{"v":2,"rev":1}').toString('base64url')}`,
    ],
    ['limit 0', 'limit=0'],
    [`limit above ${SYNC_PAGE_LIMIT_MAX}`, `limit=${SYNC_PAGE_LIMIT_MAX + 1}`],
    ['a non-numeric limit', 'limit=many'],
    ['a fractional limit', 'limit=2.5'],
    ['an odd withTotal', 'withTotal=yes'],
  ])('answers 400 invalid_input for %s', async (_name, query) => {
    const response = await app.inject({
      method: 'GET',
      url: `/api/v1/sync/pull?${query}`,
      headers: counter.headers,
    });
    expect(response.statusCode).toBe(400);
    expect(errorCodeOf(response)).toBe('invalid_input');
  });

  it('accepts the limit bounds and defaults to one page of everything here', async () => {
    expect((await pull(counter, 'limit=1')).changes).toHaveLength(1);
    const max = await pull(counter, `limit=${SYNC_PAGE_LIMIT_MAX}`);
    expect(max.hasMore).toBe(false);
    const byDefault = await pull(counter, '');
    expect(byDefault.changes).toEqual(max.changes);
    expect(byDefault.total).toBeNull();
  });
});
