import { join } from 'node:path';

import type { Database } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { applySyncPage } from '../../db/apply-sync-page.js';
import { openCache } from '../../db/open-cache.js';
import { readPulledRows } from '../../db/pulled-rows.js';
import { readSyncState } from '../../db/sync-state.js';
import {
  charge,
  chargeLine,
  payment,
  reading,
  supportReply,
  supportRequest,
  uuid,
} from './billing-fixtures.js';
import { tempDir, upsert } from './fixtures.js';

const now = new Date('2026-03-01T08:00:00.000Z');

describe('applySyncPage with billing rows', () => {
  let db: Database;
  let cleanup: () => void;
  beforeEach(() => {
    const temp = tempDir();
    cleanup = temp.cleanup;
    db = openCache(join(temp.dir, 'cache.sqlite3')).db;
  });
  afterEach(() => {
    db.close();
    cleanup();
  });

  it('stores every billing entity exactly as the protocol row', () => {
    const rows = {
      reading: reading(1, 8, '2026-01', '113', { submissionId: uuid(99), source: 'kiosk' }),
      charge: charge(10, 6, 4, '2026-01', {
        method: 'average',
        reason: 'no_reading',
        estimatedStreak: 2,
      }),
      chargeLine: { ...chargeLine(11, 10, 'T1'), readingStart: null, readingEnd: null },
      payment: { ...payment(12, 6, '2026-01'), serviceId: 4 },
      supportRequest: supportRequest(13, 6, { body: null, contact: null }),
      supportReply: supportReply(14, 13),
    } as const;
    applySyncPage(
      db,
      Object.entries(rows).map(([entity, row]) => upsert(entity as 'reading', row as never)),
      'c-1',
      now,
    );
    for (const [entity, row] of Object.entries(rows))
      expect(readPulledRows(db, entity as 'reading'), entity).toEqual([row]);
    expect(readSyncState(db).cursor).toBe('c-1');
  });

  it('updates a reading in place by its UUID and a request when its status changes', () => {
    applySyncPage(
      db,
      [
        upsert('reading', reading(1, 8, '2026-01', '113')),
        upsert('reading', reading(2, 8, '2026-02', '120')),
        upsert('supportRequest', supportRequest(5, 6)),
      ],
      'c-1',
      now,
    );
    applySyncPage(
      db,
      [
        upsert('reading', reading(2, 8, '2026-02', '120', { status: 'rejected' })),
        upsert('supportRequest', supportRequest(5, 6, { status: 'answered' })),
        upsert('supportReply', supportReply(7, 5)),
      ],
      'c-2',
      now,
    );
    expect(readPulledRows(db, 'reading')).toEqual([
      reading(1, 8, '2026-01', '113'),
      reading(2, 8, '2026-02', '120', { status: 'rejected' }),
    ]);
    expect(readPulledRows(db, 'supportRequest')).toEqual([
      supportRequest(5, 6, { status: 'answered' }),
    ]);
    expect(readPulledRows(db, 'supportReply')).toEqual([supportReply(7, 5)]);
  });

  it('rolls the whole page back when one row breaks the cache schema', () => {
    applySyncPage(db, [upsert('charge', charge(1, 6, 4, '2026-01'))], 'c-1', now);
    const broken = { ...reading(2, 8, '2026-01', '5'), zone: 'T9' } as unknown as ReturnType<
      typeof reading
    >;
    expect(() =>
      applySyncPage(
        db,
        [
          upsert('charge', charge(1, 6, 4, '2026-01', { paid: 0 })),
          upsert('chargeLine', chargeLine(3, 1)),
          upsert('reading', broken),
        ],
        'c-2',
        now,
      ),
    ).toThrow(/CHECK/);
    expect(readPulledRows(db, 'charge')).toEqual([charge(1, 6, 4, '2026-01')]);
    expect(readPulledRows(db, 'chargeLine')).toEqual([]);
    expect(readPulledRows(db, 'reading')).toEqual([]);
    expect(readSyncState(db).cursor).toBe('c-1');
  });
});
