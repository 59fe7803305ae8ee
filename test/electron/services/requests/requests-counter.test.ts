import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { addReply } from '../../../../server/requests/admin.js';
import { withSyncWriteLock } from '../../../../server/sync/write-lock.js';
import { waitFor } from '../support/harness.js';
import {
  byNumber,
  centralRequests,
  complaint,
  outboxRequests,
  type RequestsDevice,
  startRequestsDevice,
} from './support.js';

describe('requests at a service counter: numbered at once, applied once, answered by sync', () => {
  let demo: RequestsDevice;
  let accounts: number[];
  const numbered = (n: number) => `${demo.deviceId}-${String(n).padStart(6, '0')}`;
  const list = (accountId = accounts[0]!) => demo.device.call('requests.list', { accountId });
  const applied = (number: string) =>
    waitFor(async () => (await centralRequests(demo.central, number)).length === 1);

  beforeAll(async () => {
    demo = await startRequestsDevice('counter');
    accounts = await demo.signIn('demo');
  });
  afterAll(() => demo.close());

  it('answers the number at once, then the central has it exactly once, as staff filed it', async () => {
    const view = await demo.device.call('requests.create', complaint(accounts[0]!));
    expect(view).toMatchObject({
      number: numbered(1),
      accountId: accounts[0],
      topic: 'charges',
      status: 'queued',
      reason: null,
      createdAt: demo.now().toISOString(),
      renumberedFrom: null,
      replies: [],
    });
    await applied(view.number);
    const [row] = await centralRequests(demo.central, view.number);
    expect(row).toMatchObject({
      number: numbered(1),
      user_id: null,
      source: 'counter',
      body: complaint(0).body,
      contact: complaint(0).contact,
      status: 'new',
    });
    expect(outboxRequests(demo.dir).map((r) => r.id)).toEqual([row!.submission_id]);
  });

  it('forgets the text and contact in its outbox once the central has the request', async () => {
    await waitFor(() => outboxRequests(demo.dir).every((r) => r.status === 'applied'));
    const [entry] = outboxRequests(demo.dir);
    expect(entry!.payload).toMatchObject({ number: numbered(1), body: null, contact: null });
    // A counter pulls the text back with the request; the list shows it.
    await demo.device.call('sync.runNow');
    expect(byNumber(await list(), numbered(1))).toMatchObject({
      status: 'new',
      body: complaint(0).body,
      contact: complaint(0).contact,
    });
  });

  it("brings an operator's reply and the new status back through the pull feed", async () => {
    const [row] = await centralRequests(demo.central, numbered(1));
    await addReply(demo.central.central.db, demo.now(), row!.id, {
      author: 'Оператор ЕРЦ',
      body: 'Показания проверены, перерасчёт будет в следующем периоде.',
      status: 'answered',
    });
    expect(byNumber(await list(), numbered(1))?.replies).toEqual([]);
    await demo.device.call('sync.runNow');
    expect(byNumber(await list(), numbered(1))).toMatchObject({
      status: 'answered',
      replies: [
        {
          author: 'Оператор ЕРЦ',
          body: 'Показания проверены, перерасчёт будет в следующем периоде.',
          createdAt: demo.now().toISOString(),
        },
      ],
    });
  });

  it('shows a number the central had to change (a number already taken)', async () => {
    // The central already holds this device's next number (e.g. from a lost outbox file).
    await withSyncWriteLock(demo.central.central.db, async (trx) => {
      await sql`INSERT INTO support_requests (region_id, number, account_id, source, topic, body,
                  contact, created_at, updated_at)
                SELECT region_id, ${numbered(2)}, id, 'counter', 'other', 'Ранее принятая заявка',
                  '+7 900 000-00-00', now(), now() FROM accounts WHERE id = ${accounts[1]!}`.execute(
        trx,
      );
    });
    const view = await demo.device.call('requests.create', complaint(accounts[0]!));
    expect(view.number).toBe(numbered(2));
    await waitFor(async () => (await centralRequests(demo.central, numbered(2))).length === 2);
    await demo.device.call('sync.runNow');
    expect(byNumber(await list(), `${numbered(2)}-2`)).toMatchObject({
      renumberedFrom: numbered(2),
      status: 'new',
    });
  });

  it('numbers and queues offline, lists it as waiting, and sends it when the network is back', async () => {
    demo.gate.setOpen(false);
    try {
      const view = await demo.device.call('requests.create', {
        ...complaint(accounts[0]!),
        topic: 'meter',
      });
      expect(view).toMatchObject({ number: numbered(3), status: 'queued' });
      expect(byNumber(await list(), numbered(3))).toMatchObject({
        status: 'queued',
        topic: 'meter',
        body: complaint(0).body,
      });
    } finally {
      demo.gate.setOpen(true);
    }
    await applied(numbered(3));
    await waitFor(() => outboxRequests(demo.dir).every((r) => r.status === 'applied'));
    await demo.device.call('sync.runNow');
    const views = await list();
    expect(byNumber(views, numbered(3))).toMatchObject({ status: 'new', topic: 'meter' });
    // Newest first.
    expect(views.map((v) => v.number).slice(0, 3)).toEqual([
      numbered(3),
      `${numbered(2)}-2`,
      numbered(1),
    ]);
  });

  it('shows the central rejection of an account of another region, with its reason', async () => {
    await demo.device.call('session.signOut');
    const [tyumenAccount] = await demo.signIn('demo2');
    const view = await demo.device.call('requests.create', complaint(tyumenAccount!));
    await waitFor(() =>
      outboxRequests(demo.dir).some(
        (r) => r.payload.number === view.number && r.status !== 'queued',
      ),
    );
    expect(byNumber(await list(tyumenAccount), view.number)).toMatchObject({
      status: 'rejected',
      reason: expect.stringContaining('другому региону'),
      body: null,
    });
    expect(await centralRequests(demo.central, view.number)).toEqual([]);
  });

  it('refuses an account not linked to the session, a blank text, and everything signed out', async () => {
    expect(await demo.device.raw('requests.create', complaint(accounts[0]!))).toMatchObject({
      ok: false,
      error: { code: 'account_not_linked' },
    });
    expect(
      await demo.device.raw('requests.create', { ...complaint(accounts[0]!), body: '   ' }),
    ).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    await demo.device.call('session.signOut');
    for (const [method, input] of [
      ['requests.create', complaint(accounts[0]!)],
      ['requests.list', { accountId: accounts[0]! }],
    ] as const) {
      expect(await demo.device.raw(method, input)).toMatchObject({
        ok: false,
        error: { code: 'not_signed_in' },
      });
    }
  });
});
