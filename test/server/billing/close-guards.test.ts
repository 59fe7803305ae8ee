import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';

import { closePeriod } from '../../../server/billing/close-period.js';
import { HttpError } from '../../../server/http/errors.js';
import { withSyncWriteLock } from '../../../server/sync/write-lock.js';
import { backends, openTestCentral, type TestCentral } from '../../support/central-fixture.js';
import { addAccount, addReading } from './fixture-accounts.js';
import { seedBillingRegion } from './fixture.js';

/** The close's refusals: each is a stable code with a Russian message, and nothing is written. */
describe.each(backends)('period close refusals on %s', (backend) => {
  let tc: TestCentral;
  beforeAll(async () => {
    tc = await openTestCentral(backend, inject('postgresUrl'));
  });
  afterAll(() => tc?.dispose());

  const refusal = (regionCode: string, period: string, now: Date) =>
    closePeriod(tc.central, { regionCode, period, now }).then(
      () => null,
      (error: unknown) => {
        if (!(error instanceof HttpError)) throw error;
        return { code: error.code, status: error.statusCode, message: error.message };
      },
    );
  const count = async (table: 'charges' | 'charge_lines' | 'billing_periods', regionId: number) =>
    Number(
      (
        await sql<{
          n: string;
        }>`SELECT count(*) AS n FROM ${sql.table(table)} WHERE region_id = ${regionId}`.execute(
          tc.central.db,
        )
      ).rows[0]!.n,
    );

  it('closes a month only once it has ended in the region, not in UTC', async () => {
    const region = await seedBillingRegion(tc.central);
    await addAccount(tc.central, region, { services: ['waste'] });
    // 23:30 on 30 November in Yekaterinburg (UTC+5) is 18:30 UTC: November has not ended there.
    const before = await refusal(region.code, '2026-11', new Date('2026-11-30T18:30:00Z'));
    expect(before).toMatchObject({ code: 'period_not_ended', status: 409 });
    expect(before!.message).toContain('2026-11');
    expect(await count('charges', region.id)).toBe(0);
    // 00:30 on 1 December there, still 30 November in UTC.
    const summary = await closePeriod(tc.central, {
      regionCode: region.code,
      period: '2026-11',
      now: new Date('2026-11-30T19:30:00Z'),
    });
    expect(summary).toMatchObject({ accounts: 1, charges: { total: 1, normative: 1 } });
  });

  it('refuses without a tariff or a norm, writing nothing', async () => {
    const region = await seedBillingRegion(tc.central, { withoutTariffs: true });
    const { meters } = await addAccount(tc.central, region, {
      services: ['electricity'],
      meters: [{ service: 'electricity' }],
    });
    await addReading(tc.central, meters.electricity!, '2026-01', ['10']);
    await addReading(tc.central, meters.electricity!, '2026-02', ['20']);
    const refused = await refusal(region.code, '2026-02', new Date('2026-03-02T00:00:00Z'));
    expect(refused).toMatchObject({ code: 'billing_setup_incomplete', status: 422 });
    expect(refused!.message).toMatch(/тариф/);
    for (const table of ['charges', 'charge_lines', 'billing_periods'] as const) {
      expect(await count(table, region.id)).toBe(0);
    }
  });

  it('refuses a period whose charges were already imported', async () => {
    const region = await seedBillingRegion(tc.central);
    const { accountId } = await addAccount(tc.central, region, { services: ['waste'] });
    await withSyncWriteLock(tc.central.db, (trx) =>
      trx
        .insertInto('charges')
        .values({
          account_id: accountId,
          service_id: region.services.waste,
          supplier_id: region.supplierId,
          period: '2026-05',
          method: 'normative',
          volume: '2',
          tariff: '100',
          debt_start: 0,
          charged: 20_000,
          debt_end: 20_000,
        })
        .execute(),
    );
    const refused = await refusal(region.code, '2026-04', new Date('2026-06-10T00:00:00Z'));
    expect(refused).toMatchObject({ code: 'period_already_closed', status: 409 });
    expect(refused!.message).toContain('2026-05');
    expect(await count('billing_periods', region.id)).toBe(0);
  });

  it('serialises two closes of the same period: one closes it, the other is refused', async () => {
    const region = await seedBillingRegion(tc.central);
    for (let i = 0; i < 5; i += 1) await addAccount(tc.central, region, {});
    const now = new Date('2026-03-02T00:00:00Z');
    const outcomes = await Promise.all([
      refusal(region.code, '2026-02', now),
      refusal(region.code, '2026-02', now),
    ]);
    expect(outcomes.filter((o) => o === null)).toHaveLength(1);
    expect(outcomes.find((o) => o !== null)).toMatchObject({ code: 'period_already_closed' });
    expect(await count('charges', region.id)).toBe(5 * 6);
  });
});
