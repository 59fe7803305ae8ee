import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';

import type { TariffsTable } from '../../server/db/schema.js';
import { toTariffRow } from '../../server/sync/rows.js';
import { withSyncWriteLock } from '../../server/sync/write-lock.js';
import {
  backends,
  openTestCentral,
  type SeededRegion,
  seedRegion,
  type TestCentral,
} from '../support/central-fixture.js';

// A tariff belongs to a scheme (zone_count: the zones of the meters it prices); the schema
// refuses a zone that the scheme does not have.
describe.each(backends)('tariff schemes on %s', (backend) => {
  let tc: TestCentral;
  let region: SeededRegion;
  beforeAll(async () => {
    tc = await openTestCentral(backend, inject('postgresUrl'));
    region = await seedRegion(tc.central, { code: 'schemes', accounts: 0 });
  });
  afterAll(() => tc.dispose());

  const insert = (zoneCount: number, zone: TariffsTable['zone'], validFrom = '2026-07-01') =>
    withSyncWriteLock(tc.central.db, (trx) =>
      trx
        .insertInto('tariffs')
        .values({
          region_id: region.regionId,
          service_id: region.serviceIds[0]!,
          supplier_id: region.supplierId,
          zone_count: zoneCount,
          zone,
          price: '7.6100',
          valid_from: validFrom,
        })
        .execute(),
    );

  it('keeps the two-zone day and the three-zone peak price of one date apart', async () => {
    await insert(1, 'single');
    await insert(2, 'T1');
    await insert(2, 'T2');
    await insert(3, 'T1');
    await insert(3, 'T2');
    await insert(3, 'T3');
    const rows = await tc.central.db
      .selectFrom('tariffs')
      .select(['zone_count', 'zone'])
      .where('service_id', '=', region.serviceIds[0]!)
      .where('valid_from', '=', '2026-07-01')
      .orderBy('zone_count')
      .orderBy('zone')
      .execute();
    expect(rows.map((r) => `${r.zone_count}:${r.zone}`)).toEqual([
      '1:single',
      '2:T1',
      '2:T2',
      '3:T1',
      '3:T2',
      '3:T3',
    ]);
  });

  it('refuses a zone outside its scheme', async () => {
    await expect(insert(1, 'T1', '2027-01-01')).rejects.toThrow(/tariffs_single_scheme/);
    await expect(insert(2, 'single', '2027-01-01')).rejects.toThrow(/tariffs_single_scheme/);
    await expect(insert(3, 'single', '2027-01-01')).rejects.toThrow(/tariffs_single_scheme/);
    await expect(insert(2, 'T3', '2027-01-01')).rejects.toThrow(/tariffs_semi_peak_scheme/);
  });

  it('refuses a zone count outside 1–3', async () => {
    await expect(insert(0, 'T1', '2027-01-01')).rejects.toThrow(/tariffs_zone_count_check/);
    await expect(insert(4, 'T1', '2027-01-01')).rejects.toThrow(/tariffs_zone_count_check/);
  });

  it('refuses a second price for the same scheme, zone and date', async () => {
    await expect(insert(3, 'T1')).rejects.toThrow(/unique constraint/);
  });

  it('sends the scheme to devices as zoneCount', async () => {
    const row = await tc.central.db
      .selectFrom('tariffs')
      .selectAll()
      .where('zone_count', '=', 3)
      .where('zone', '=', 'T1')
      .executeTakeFirstOrThrow();
    expect(toTariffRow(row)).toMatchObject({ zoneCount: 3, zone: 'T1', price: '7.61' });
  });
});
