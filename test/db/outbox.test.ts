import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { Database } from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';

import {
  bindServerSeq,
  enqueue,
  forgetServerSeq,
  knownServerSeq,
  listOutbox,
  needsServerSeq,
  openOutbox,
  outboxCounts,
  pending,
  recordResults,
} from '../../db/outbox/index.js';
import type { PushResult, ReadingSubmitPayload } from '../../shared/sync/push.js';

const now = new Date('2026-03-20T10:00:00.000Z');
const payload = (value: string): ReadingSubmitPayload => ({
  meterId: 7,
  userId: null,
  source: 'counter',
  enteredAt: now.toISOString(),
  values: [{ zone: 'single', value }],
  confirmed: { rollover: false, jump: false },
});

describe('the outbox file', () => {
  const dirs: string[] = [];
  const opened: Database[] = [];
  const fresh = (dir = mkdtempSync(join(tmpdir(), 'kabinet-outbox-'))) => {
    dirs.push(dir);
    const db = openOutbox(join(dir, 'outbox.sqlite3'));
    opened.push(db);
    return { db, dir };
  };
  const add = (db: Database, value: string) =>
    enqueue(db, { id: randomUUID(), kind: 'reading.submit', payload: payload(value) }, now);
  const applied = (db: Database, seqs: number[]): PushResult[] =>
    pending(db, 1000)
      .filter((m) => seqs.includes(m.seq))
      .map((m) => ({ seq: m.seq, id: m.id, status: 'applied', reason: null, period: '2026-03' }));

  afterEach(() => {
    for (const db of opened.splice(0)) if (db.open) db.close();
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('numbers mutations 1, 2, 3… in the insert transaction and keeps numbering across reopen', () => {
    const { db, dir } = fresh();
    expect([add(db, '1'), add(db, '2'), add(db, '3')]).toEqual([1, 2, 3]);
    recordResults(db, applied(db, [1, 2, 3]), 3, now);
    db.close();
    const again = openOutbox(join(dir, 'outbox.sqlite3'));
    opened.push(again);
    expect(add(again, '4')).toBe(4);
    expect(pending(again, 10).map((m) => m.seq)).toEqual([4]);
    expect(outboxCounts(again)).toEqual({ queued: 1, applied: 3, rejected: 0 });
  });

  it('a new file numbers its queued mutations after the server’s last applied seq', () => {
    const { db } = fresh();
    add(db, '1');
    add(db, '2');
    expect(needsServerSeq(db, 5)).toBe(true);
    expect(knownServerSeq(db)).toBeNull();
    bindServerSeq(db, 5, 57);
    expect(needsServerSeq(db, 5)).toBe(false);
    expect(pending(db, 10).map((m) => m.seq)).toEqual([58, 59]);
    add(db, '3');
    expect(pending(db, 10).map((m) => m.seq)).toEqual([58, 59, 60]);
    recordResults(db, applied(db, [58, 59, 60]), 60, now);
    expect(knownServerSeq(db)).toBe(60);
    // An empty new file that heard the server first continues after it too.
    const other = fresh().db;
    bindServerSeq(other, 5, 60);
    add(other, '9');
    expect(pending(other, 10).map((m) => m.seq)).toEqual([61]);
  });

  it('a new enrolment renumbers what is still queued from the new device’s seq', () => {
    const { db } = fresh();
    bindServerSeq(db, 1, 0);
    for (let i = 0; i < 4; i += 1) add(db, String(i));
    recordResults(db, applied(db, [1, 2]), 2, now);
    expect(needsServerSeq(db, 2)).toBe(true);
    bindServerSeq(db, 2, 0);
    expect(pending(db, 10).map((m) => m.seq)).toEqual([1, 2]);
    expect(listOutbox(db).map((e) => [e.seq, e.status])).toEqual([
      [4, 'queued'],
      [3, 'queued'],
      [2, 'applied'],
      [1, 'applied'],
    ]);
    forgetServerSeq(db);
    expect(needsServerSeq(db, 2)).toBe(true);
  });

  it('records a batch of results in one transaction: a mismatched one records none', () => {
    const { db } = fresh();
    bindServerSeq(db, null, 0);
    for (let i = 0; i < 3; i += 1) add(db, String(i));
    const results = applied(db, [1, 2, 3]);
    results[1] = {
      ...results[1]!,
      status: 'rejected',
      reason: { code: 'meter_unknown', message: 'Счётчик не найден.' },
      period: null,
    };
    const wrong = [...results.slice(0, 2), { ...results[2]!, id: randomUUID() }];
    expect(() => recordResults(db, wrong, 3, now)).toThrow();
    expect(outboxCounts(db)).toEqual({ queued: 3, applied: 0, rejected: 0 });
    expect(knownServerSeq(db)).toBe(0);
    recordResults(db, results, 3, now);
    expect(outboxCounts(db)).toEqual({ queued: 0, applied: 2, rejected: 1 });
    expect(listOutbox(db).find((e) => e.seq === 2)).toMatchObject({
      status: 'rejected',
      reason: { code: 'meter_unknown', message: 'Счётчик не найден.' },
      period: null,
    });
  });

  it('never moves an unreadable outbox aside: it refuses to open it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kabinet-outbox-'));
    dirs.push(dir);
    const path = join(dir, 'outbox.sqlite3');
    writeFileSync(path, 'this is not a database, and it is not ours to discard'.repeat(100));
    expect(() => openOutbox(path)).toThrow();
    expect(existsSync(path)).toBe(true);
  });
});
