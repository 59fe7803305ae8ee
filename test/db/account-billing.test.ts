import { join } from 'node:path';

import type { Database } from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { readAccountBilling } from '../../db/account-billing.js';
import { applySyncPage } from '../../db/apply-sync-page.js';
import { openCache } from '../../db/open-cache.js';
import { accountBillingSchema } from '../../shared/sync/http.js';
import type { SyncChange } from '../../shared/sync/protocol.js';
import {
  charge,
  chargeLine,
  payment,
  reading,
  supportReply,
  supportRequest,
} from './billing-fixtures.js';
import { meter, tempDir, upsert } from './fixtures.js';

/** 15 periods, 2024-11 … 2026-01: the last 13 start at 2025-01. */
const periods = Array.from({ length: 15 }, (_, i) => {
  const month = 10 + i; // months since 2024-01, zero-based
  return `${2024 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;
});

describe('readAccountBilling', () => {
  let db: Database;
  let cleanup: () => void;

  // Account 6: meter 8 (single), meter 9 (two-zone). Account 7: meter 20, no charges.
  const charges = periods.map((period, i) => charge(100 + i, 6, 4, period));
  const waterCharge = charge(200, 6, 5, '2025-06', { method: 'normative', reason: 'no_meter' });
  const lines = [...charges.map((c, i) => chargeLine(300 + i, c.id)), chargeLine(400, 200)];
  const realBefore8 = reading(1, 8, '2024-11', '100');
  const averageBefore8 = reading(2, 8, '2024-12', '105', { source: 'average' });
  const rejectedBefore8 = reading(3, 8, '2024-12', '200', { status: 'rejected', source: 'kiosk' });
  const inSpan8 = [reading(4, 8, '2025-01', '110'), reading(5, 8, '2026-02', '150')];
  const t1Before = reading(10, 9, '2024-12', '900', { zone: 'T1', source: 'counter' });
  const t2Older = reading(11, 9, '2024-10', '400', { zone: 'T2', source: 'automatic' });
  const t2Before = reading(12, 9, '2024-12', '420', { zone: 'T2', source: 'automatic' });
  const t1InSpan = reading(13, 9, '2025-03', '950', { zone: 'T1' });
  const otherAccount = [reading(20, 20, '2023-05', '7'), reading(21, 20, '2026-01', '9')];
  const payments = [payment(1, 6, '2024-12'), payment(2, 6, '2025-01'), payment(3, 6, '2026-02')];
  const requests = [
    supportRequest(1, 6, { createdAt: '2025-05-01T05:00:00.000Z' }),
    supportRequest(2, 6, { createdAt: '2024-01-01T05:00:00.000Z', status: 'closed' }),
    supportRequest(3, 7),
  ];
  const replies = [
    supportReply(2, 1, '2025-05-03T05:00:00.000Z'),
    supportReply(1, 1, '2025-05-02T05:00:00.000Z'),
    supportReply(3, 3),
  ];

  beforeAll(() => {
    const temp = tempDir();
    cleanup = temp.cleanup;
    db = openCache(join(temp.dir, 'cache.sqlite3')).db;
    const changes: SyncChange[] = [
      upsert('meter', meter(8, 6, 4)),
      upsert('meter', { ...meter(9, 6, 6), zones: 2 }),
      upsert('meter', meter(20, 7, 4)),
      ...[...charges, waterCharge].map((c) => upsert('charge', c)),
      ...lines.map((l) => upsert('chargeLine', l)),
      ...[realBefore8, averageBefore8, rejectedBefore8, ...inSpan8, t1Before, t2Older, t2Before]
        .concat(t1InSpan, otherAccount)
        .map((r) => upsert('reading', r)),
      ...payments.map((p) => upsert('payment', p)),
      ...requests.map((r) => upsert('supportRequest', r)),
      ...replies.map((r) => upsert('supportReply', r)),
    ];
    applySyncPage(db, changes, 'c-1', new Date('2026-03-01T08:00:00.000Z'));
  });
  afterAll(() => {
    db.close();
    cleanup();
  });

  it('answers the last 13 billed periods with their lines, readings, payments and requests', () => {
    const billing = accountBillingSchema.parse(readAccountBilling(db, 6));
    expect(billing.charges).toEqual([
      ...charges.slice(2, 8), // 2025-01 … 2025-06 of service 4
      waterCharge, // 2025-06 of service 5
      ...charges.slice(8),
    ]);
    expect(billing.chargeLines).toEqual([...lines.slice(2, 15), lines[15]]);
    // The last real reading of each meter zone before 2025-01 opens the span; calculated or
    // rejected ones and older real ones do not.
    expect(billing.readings).toEqual([realBefore8, ...inSpan8, t1Before, t2Before, t1InSpan]);
    expect(billing.payments).toEqual(payments.slice(1));
    expect(billing.requests).toEqual([requests[1], requests[0]]);
    expect(billing.replies).toEqual([replies[1], replies[0]]);
  });

  it('answers the whole history of an account that has no billed period yet', () => {
    const billing = readAccountBilling(db, 7);
    expect(billing).toEqual({
      charges: [],
      chargeLines: [],
      readings: otherAccount,
      payments: [],
      requests: [requests[2]],
      replies: [replies[2]],
    });
  });

  it('answers empty lists for an account the cache does not hold', () => {
    expect(readAccountBilling(db, 999)).toEqual({
      charges: [],
      chargeLines: [],
      readings: [],
      payments: [],
      requests: [],
      replies: [],
    });
  });
});
