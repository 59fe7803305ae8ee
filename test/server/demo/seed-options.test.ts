import { afterEach, describe, expect, it } from 'vitest';

import { CentralNotEmptyError, isCentralEmpty, seedDemoData } from '../../../server/demo/seed.js';
import { tableChecksums } from './billing-checks.js';
import { BACKENDS, type FreshCentral, freshCentral } from './central-backends.js';

const TODAY = '2026-11-24';

describe.each(BACKENDS)('demo generator options on %s', (kind) => {
  const opened: FreshCentral[] = [];
  const open = async () => {
    const fresh = await freshCentral(kind);
    opened.push(fresh);
    return fresh;
  };
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((f) => f.drop()));
  });

  it('produces identical data from identical options, and different data from another seed', async () => {
    const checksums = [];
    for (const seed of [2026, 2026, 7]) {
      const fresh = await open();
      await seedDemoData(fresh.central, { accounts: 200, seed, months: 4, today: TODAY });
      checksums.push(await tableChecksums(fresh.central.db));
    }
    const [first, second, other] = checksums;
    expect(second).toEqual(first);
    expect(Object.values(first!).every((sum) => sum !== 'empty')).toBe(true);
    expect(other!.accounts).not.toBe(first!.accounts);
    expect(other!.charges).not.toBe(first!.charges);
    // The reference data does not depend on the seed.
    expect(other!.tariffs).toBe(first!.tariffs);
  });

  it('writes accounts and meters only when months = 0, and refuses a second run', async () => {
    const fresh = await open();
    expect(await isCentralEmpty(fresh.central)).toBe(true);
    const summary = await seedDemoData(fresh.central, { accounts: 100, months: 0, today: TODAY });
    expect(summary).toMatchObject({ accounts: 100, readings: 0, charges: 0, payments: 0 });
    expect(summary.meters).toBeGreaterThan(200);
    expect(summary.users.map((u) => u.login)).toEqual(['demo', 'demo2']);
    expect(await isCentralEmpty(fresh.central)).toBe(false);

    const before = await tableChecksums(fresh.central.db);
    await expect(
      seedDemoData(fresh.central, { accounts: 100, months: 0, today: TODAY }),
    ).rejects.toBeInstanceOf(CentralNotEmptyError);
    expect(await tableChecksums(fresh.central.db)).toEqual(before);
  });

  it('puts accounts only into the regions asked for', async () => {
    const fresh = await open();
    const summary = await seedDemoData(fresh.central, {
      accounts: 100,
      months: 0,
      today: TODAY,
      regions: ['orenburg'],
    });
    const regions = await fresh.central.db
      .selectFrom('accounts')
      .innerJoin('regions', 'regions.id', 'accounts.region_id')
      .select('code')
      .distinct()
      .execute();
    expect(regions.map((r) => r.code)).toEqual(['orenburg']);
    expect(summary.regions).toBe(4);
    expect(summary.users.map((u) => u.login)).toEqual(['demo']);
  });

  it('rejects bad options before writing anything', async () => {
    const fresh = await open();
    for (const options of [
      { accounts: 99 },
      { accounts: 1_000_001 },
      { accounts: 150.5 },
      { accounts: 100, months: -1 },
      { accounts: 100, months: 61 },
      { accounts: 100, seed: -1 },
      { accounts: 100, today: '2026-02-30' },
      { accounts: 100, regions: ['moscow'] },
    ]) {
      await expect(seedDemoData(fresh.central, options)).rejects.toBeInstanceOf(RangeError);
    }
    expect(await isCentralEmpty(fresh.central)).toBe(true);
  });
});
