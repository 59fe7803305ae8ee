import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { waitFor } from '../support/harness.js';
import {
  byNumber,
  centralRequests,
  complaint,
  outboxRequests,
  type RequestsDevice,
  startRequestsDevice,
} from './support.js';

describe('requests at a kiosk: the resident files, nothing personal stays on the kiosk', () => {
  let demo: RequestsDevice;
  let accounts: number[];
  const numbered = (n: number) => `${demo.deviceId}-${String(n).padStart(6, '0')}`;
  const settled = (number: string) =>
    waitFor(() =>
      outboxRequests(demo.dir).some((r) => r.payload.number === number && r.status !== 'queued'),
    );

  beforeAll(async () => {
    demo = await startRequestsDevice('kiosk');
    accounts = await demo.signIn('demo');
  });
  afterAll(() => demo.close());

  it('files as the signed-in resident; after the push the kiosk keeps neither text nor contact', async () => {
    const view = await demo.device.call('requests.create', complaint(accounts[1]!));
    expect(view).toMatchObject({ number: numbered(1), status: 'queued', body: complaint(0).body });
    await settled(view.number);
    const [row] = await centralRequests(demo.central, view.number);
    const userId = await sql<{ id: number }>`SELECT id FROM users WHERE login = 'demo'`.execute(
      demo.central.central.db,
    );
    expect(row).toMatchObject({ user_id: userId.rows[0]!.id, source: 'kiosk', status: 'new' });
    expect(outboxRequests(demo.dir)[0]!.payload).toMatchObject({ body: null, contact: null });

    await demo.device.call('sync.runNow');
    const cache = await demo.device.call('requests.list', { accountId: accounts[1]! });
    // The pulled row carries no text on a kiosk: the list shows topic, number and status.
    expect(byNumber(cache, view.number)).toMatchObject({
      topic: 'charges',
      status: 'new',
      body: null,
      contact: null,
    });
  });

  it("shows the central's rejection when the account was unlinked meanwhile", async () => {
    await sql`DELETE FROM user_accounts WHERE account_id = ${accounts[0]!}`.execute(
      demo.central.central.db,
    );
    const view = await demo.device.call('requests.create', complaint(accounts[0]!));
    await settled(view.number);
    const listed = await demo.device.raw('requests.list', { accountId: accounts[0]! });
    // The session still lists the account; the cache serves it, so the list still works.
    expect(listed).toMatchObject({ ok: true });
    const views = (
      listed as { ok: true; value: Awaited<ReturnType<typeof demo.device.call<'requests.list'>>> }
    ).value;
    expect(byNumber(views, view.number)).toMatchObject({
      status: 'rejected',
      reason: expect.stringContaining('не привязан'),
    });
  });
});
