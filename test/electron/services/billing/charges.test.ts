import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { canonicalServices, centralCharges } from './support/central-sql.js';
import { type DemoDevice, startDemoDevice } from './support/demo-device.js';

/** The account's heading as the central's accounts table says. */
async function centralHeading(demo: DemoDevice, accountId: number) {
  const row = await sql<{ number: string; address: string; owner_name: string; region: string }>`
    SELECT a.number, a.address, a.owner_name, r.name AS region
      FROM accounts a JOIN regions r ON r.id = a.region_id WHERE a.id = ${accountId}`.execute(
    demo.db,
  );
  const a = row.rows[0]!;
  return {
    accountId,
    number: a.number,
    address: a.address,
    ownerName: a.owner_name,
    regionName: a.region,
  };
}

async function expectChargesAsCentral(demo: DemoDevice, accountId: number) {
  const view = await demo.device.call('charges.get', { accountId });
  const expected = await centralCharges(demo.db, accountId);
  expect(view).toMatchObject(await centralHeading(demo, accountId));
  expect(view.period).toBe(expected.period);
  expect(view.services.length).toBeGreaterThan(0);
  expect(canonicalServices(view.services)).toEqual(expected.services);
  expect(view.total).toBe(expected.services.reduce((sum, s) => sum + s.toPay, 0));
  return view;
}

describe('charges.get: the latest billed period, as the central tables say (kiosk, March 2026)', () => {
  let demo: DemoDevice;
  let accounts: number[];

  beforeAll(async () => {
    demo = await startDemoDevice({
      today: '2026-03-18',
      now: '2026-03-18T06:00:00Z',
      profile: 'kiosk',
      regions: ['orenburg', 'tyumen'],
    });
    accounts = await demo.signIn('demo');
  });
  afterAll(() => demo.close());

  it('shows February 2026, as of 1 March, due by the 10th (the rule before March 2026)', async () => {
    expect(accounts).toHaveLength(2);
    for (const accountId of accounts) {
      const view = await expectChargesAsCentral(demo, accountId);
      expect(view).toMatchObject({ period: '2026-02', asOf: '2026-03-01', dueDate: '2026-03-10' });
    }
  });

  it('explains metered charges with zone lines and the meters they came from', async () => {
    const view = await demo.device.call('charges.get', { accountId: accounts[0]! });
    const metered = view.services.filter((s) => s.method === 'meter');
    expect(metered.length).toBeGreaterThan(0);
    for (const service of metered) {
      expect(service.meterSerials.length).toBeGreaterThan(0);
      expect(service.lines.length).toBeGreaterThan(0);
      expect(service.lines.reduce((sum, l) => sum + l.amount, 0)).toBe(service.charged);
    }
  });

  it('refuses accounts not linked to the session, and everything after sign-out', async () => {
    const other = await sql<{ id: number }>`
      SELECT id FROM accounts WHERE id NOT IN (${sql.join(accounts)}) ORDER BY id LIMIT 1`.execute(
      demo.db,
    );
    expect(await demo.device.raw('charges.get', { accountId: other.rows[0]!.id })).toMatchObject({
      ok: false,
      error: { code: 'account_not_linked' },
    });
    await demo.device.call('session.signOut');
    expect(await demo.device.raw('charges.get', { accountId: accounts[0]! })).toMatchObject({
      ok: false,
      error: { code: 'not_signed_in' },
    });
  });

  it("fetches another region's account live and shows it the same way", async () => {
    const [tyumen] = await demo.signIn('demo2');
    const view = await expectChargesAsCentral(demo, tyumen!);
    expect(view).toMatchObject({ period: '2026-02', dueDate: '2026-03-10' });
  });
});

describe('charges.get at a counter in April 2026', () => {
  let demo: DemoDevice;

  beforeAll(async () => {
    demo = await startDemoDevice({
      today: '2026-04-20',
      now: '2026-04-20T06:00:00Z',
      profile: 'counter',
    });
  });
  afterAll(() => demo.close());

  it('shows March 2026, as of 1 April, due by the 15th (177-ФЗ from March 2026)', async () => {
    for (const accountId of await demo.signIn('demo')) {
      const view = await expectChargesAsCentral(demo, accountId);
      expect(view).toMatchObject({ period: '2026-03', asOf: '2026-04-01', dueDate: '2026-04-15' });
    }
  });
});

describe('charges.get for an account not billed yet', () => {
  let demo: DemoDevice;

  beforeAll(async () => {
    demo = await startDemoDevice({
      today: '2026-03-18',
      now: '2026-03-18T06:00:00Z',
      profile: 'kiosk',
      months: 0,
    });
  });
  afterAll(() => demo.close());

  it('answers period null and no services, with the heading', async () => {
    const [accountId] = await demo.signIn('demo');
    expect(await demo.device.call('charges.get', { accountId: accountId! })).toEqual({
      ...(await centralHeading(demo, accountId!)),
      period: null,
      asOf: null,
      dueDate: null,
      services: [],
      total: 0,
    });
  });
});
