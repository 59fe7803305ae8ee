import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import DatabaseConstructor, { type Database } from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';

import { migrateCache } from '../../../../db/migrate.js';
import { outboxMigrations } from '../../../../db/outbox/migrations/index.js';
import {
  enqueue,
  enqueueRequest,
  openOutbox,
  pending,
  recordResults,
  requestSubmissions,
} from '../../../../db/outbox/index.js';
import type { RequestCreatePayload } from '../../../../shared/sync/push.js';

const now = new Date('2026-03-20T10:00:00.000Z');
const request = (accountId: number): Omit<RequestCreatePayload, 'number'> => ({
  accountId,
  userId: 5,
  source: 'kiosk',
  topic: 'charges',
  body: 'Прошу проверить начисление.',
  contact: 'ivanov@example.org',
  createdAt: now.toISOString(),
});

describe('support requests in the outbox file', () => {
  const dirs: string[] = [];
  const opened: Database[] = [];
  const fresh = () => {
    const dir = mkdtempSync(join(tmpdir(), 'kabinet-outbox-requests-'));
    dirs.push(dir);
    const path = join(dir, 'outbox.sqlite3');
    const db = openOutbox(path);
    opened.push(db);
    return { db, path };
  };
  const file = (db: Database, accountId: number, deviceId = 12, floor = 0) =>
    enqueueRequest(db, { id: randomUUID(), deviceId, floor, payload: request(accountId) }, now);
  const payloadsBySeq = (db: Database) =>
    new Map(
      (
        db.prepare('SELECT seq, payload FROM outbox').all() as { seq: number; payload: string }[]
      ).map((row) => [row.seq, JSON.parse(row.payload) as Record<string, unknown>]),
    );

  afterEach(() => {
    for (const db of opened.splice(0)) if (db.open) db.close();
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it("numbers '<device id>-<n>' per device, above the cache's floor, and survives a reopen", () => {
    const { db, path } = fresh();
    expect(file(db, 1)).toEqual({ seq: 1, number: '12-000001' });
    expect(file(db, 1)).toEqual({ seq: 2, number: '12-000002' });
    // A new enrolment is a new device id: its own count.
    expect(file(db, 1, 31).number).toBe('31-000001');
    // The cache saw 12-000040 (this device's, before its outbox was lost): continue above it.
    expect(file(db, 2, 12, 40).number).toBe('12-000041');
    expect(file(db, 2, 12, 3).number).toBe('12-000042');
    db.close();
    const again = openOutbox(path);
    opened.push(again);
    expect(file(again, 1).number).toBe('12-000043');
    expect(requestSubmissions(again, 1).map((s) => [s.payload.number, s.status])).toEqual([
      ['12-000043', 'queued'],
      ['31-000001', 'queued'],
      ['12-000002', 'queued'],
      ['12-000001', 'queued'],
    ]);
  });

  it('pushes requests with their kind and payload, in seq order with readings', () => {
    const { db } = fresh();
    enqueue(
      db,
      {
        id: randomUUID(),
        kind: 'reading.submit',
        payload: {
          meterId: 7,
          userId: null,
          source: 'counter',
          enteredAt: now.toISOString(),
          values: [{ zone: 'single', value: '1' }],
          confirmed: { rollover: false, jump: false },
        },
      },
      now,
    );
    file(db, 3);
    const batch = pending(db, 10);
    expect(batch.map((m) => [m.seq, m.kind])).toEqual([
      [1, 'reading.submit'],
      [2, 'request.create'],
    ]);
    expect(batch[1]!.payload).toEqual({ ...request(3), number: '12-000001' });
  });

  it('forgets the text and contact of settled requests only, in the recording transaction', () => {
    const { db } = fresh();
    file(db, 1);
    file(db, 1);
    file(db, 1);
    const [first, second] = pending(db, 2);
    recordResults(
      db,
      [
        { seq: first!.seq, id: first!.id, status: 'applied', reason: null, period: null },
        {
          seq: second!.seq,
          id: second!.id,
          status: 'rejected',
          reason: { code: 'user_not_linked', message: 'Лицевой счёт не привязан.' },
          period: null,
        },
      ],
      2,
      now,
    );
    const payloads = payloadsBySeq(db);
    expect(payloads.get(1)).toMatchObject({ number: '12-000001', body: null, contact: null });
    expect(payloads.get(2)).toMatchObject({ number: '12-000002', body: null, contact: null });
    expect(payloads.get(3)).toMatchObject({ body: request(1).body, contact: request(1).contact });
    expect(requestSubmissions(db, 1).map((s) => [s.status, s.reason?.code ?? null])).toEqual([
      ['queued', null],
      ['rejected', 'user_not_linked'],
      ['applied', null],
    ]);
  });

  it('upgrades a version-1 outbox file, keeping its queued mutations', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kabinet-outbox-v1-'));
    dirs.push(dir);
    const path = join(dir, 'outbox.sqlite3');
    const old = new DatabaseConstructor(path);
    migrateCache(
      old,
      outboxMigrations.filter((m) => m.version === 1),
    );
    old
      .prepare(
        "INSERT INTO outbox (seq, id, kind, payload, queued_at) VALUES (1, ?, 'reading.submit', '{}', ?)",
      )
      .run(randomUUID(), now.toISOString());
    old.close();
    const upgraded = openOutbox(path);
    opened.push(upgraded);
    expect(upgraded.pragma('user_version', { simple: true })).toBe(2);
    expect(file(upgraded, 1)).toEqual({ seq: 2, number: '12-000001' });
  });
});
