import { hashPassword } from '../../../../server/auth/password.js';
import type { CentralDb } from '../../../../server/db/connect.js';
import { withSyncWriteLock } from '../../../../server/sync/write-lock.js';
import { insertChunked, requisites } from './insert.js';

/** A resident who can sign in, with the accounts linked to them. */
export interface FixtureUser {
  login: string;
  password: string;
  fullName: string;
  phone: string;
  /** Two accounts in the fixture region, one in the other region. */
  accountIds: number[];
}

export interface CentralFixture {
  regionId: number;
  regionCode: string;
  otherRegionId: number;
  accountIds: number[];
  otherRegionAccountId: number;
  /** An account of the region that is linked to nobody. */
  unlinkedAccountId: number;
  user: FixtureUser;
  serviceIds: { water: number; power: number; gas: number };
  supplierIds: { water: number; power: number };
}

/**
 * A small, deterministic central dataset: region 'orenburg' with `accounts` accounts, three
 * services each (water and gas by one supplier, two-zone power by another), `metersPerAccount`
 * meters each, tariffs with past and future validity; a second region with one account; and
 * one resident linked to two accounts here and one there. Written under the sync write lock.
 */
export async function seedCentralFixture(
  central: CentralDb,
  options: { accounts: number; metersPerAccount?: number },
): Promise<CentralFixture> {
  const metersPerAccount = options.metersPerAccount ?? 2;
  const passwordHash = await hashPassword('Fixture-Pass-2026');
  return withSyncWriteLock(central.db, async (trx) => {
    const [regionId, otherRegionId] = await insertChunked(trx, 'regions', [
      { code: 'orenburg', name: 'Оренбургская область', time_zone: 'Asia/Yekaterinburg' },
      { code: 'samara', name: 'Самарская область', time_zone: 'Europe/Samara' },
    ]);
    const [waterSupplier, powerSupplier, samaraSupplier] = await insertChunked(trx, 'suppliers', [
      { region_id: regionId, name: 'ООО «Оренбург Водоканал»', ...requisites(1) },
      { region_id: regionId, name: 'АО «ЭнергосбыТ Плюс»', ...requisites(2) },
      { region_id: otherRegionId, name: 'ООО «Самарские коммунальные системы»', ...requisites(3) },
    ]);
    const [water, power, gas, samaraWater] = await insertChunked(trx, 'services', [
      { region_id: regionId, code: 'cold_water', name: 'Холодное водоснабжение', unit: 'м³' },
      { region_id: regionId, code: 'power', name: 'Электроснабжение', unit: 'кВт·ч' },
      { region_id: regionId, code: 'gas', name: 'Газоснабжение', unit: 'м³' },
      { region_id: otherRegionId, code: 'cold_water', name: 'Холодное водоснабжение', unit: 'м³' },
    ]);
    const tariff = (
      service: number,
      supplier: number,
      scheme: [zoneCount: number, zone: string],
      price: string,
      from: string,
      region = regionId,
    ) => ({
      region_id: region,
      service_id: service,
      supplier_id: supplier,
      zone_count: scheme[0],
      zone: scheme[1],
      price,
      valid_from: from,
    });
    const single: [number, string] = [1, 'single'];
    // Power has all three schemes; the fixture's power meters are two-zone.
    await insertChunked(trx, 'tariffs', [
      tariff(water!, waterSupplier!, single, '41.23', '2025-07-01'),
      tariff(water!, waterSupplier!, single, '43.5', '2026-07-01'),
      tariff(power!, powerSupplier!, single, '5.5', '2025-07-01'),
      tariff(power!, powerSupplier!, [2, 'T1'], '5.9', '2025-07-01'),
      tariff(power!, powerSupplier!, [2, 'T2'], '2.95', '2025-07-01'),
      tariff(power!, powerSupplier!, [2, 'T1'], '6.1', '2026-01-01'),
      tariff(power!, powerSupplier!, [2, 'T2'], '3.05', '2026-01-01'),
      tariff(power!, powerSupplier!, [3, 'T1'], '6.4', '2026-01-01'),
      tariff(power!, powerSupplier!, [3, 'T2'], '3.05', '2026-01-01'),
      tariff(power!, powerSupplier!, [3, 'T3'], '5.5', '2026-01-01'),
      tariff(gas!, waterSupplier!, single, '7.1234', '2025-07-01'),
      tariff(samaraWater!, samaraSupplier!, single, '38', '2025-07-01', otherRegionId),
    ]);
    const user = {
      login: 'ivanova',
      password: 'Fixture-Pass-2026',
      fullName: 'Иванова Мария Петровна',
      phone: '+79035551234',
    };
    const accountRows = Array.from({ length: options.accounts }, (_, i) => ({
      region_id: regionId,
      number: `56${String(i + 1).padStart(8, '0')}`,
      owner_name: i < 2 ? user.fullName : `Житель Номер ${i + 1}`,
      owner_phone: i < 2 ? user.phone : null,
      address: `г. Оренбург, ул. Ленина, д. ${1 + (i % 90)}, кв. ${1 + i}`,
      area: (30 + (i % 50) + 0.25).toFixed(2),
      rooms: 1 + (i % 4),
      residents: 1 + (i % 5),
    }));
    accountRows.push({
      region_id: otherRegionId,
      number: '6300000001',
      owner_name: user.fullName,
      owner_phone: user.phone,
      address: 'г. Самара, ул. Куйбышева, д. 1, кв. 1',
      area: '48.00',
      rooms: 2,
      residents: 2,
    });
    const allAccountIds = await insertChunked(trx, 'accounts', accountRows);
    const otherRegionAccountId = allAccountIds.pop()!;
    const accountIds = allAccountIds;
    await insertChunked(
      trx,
      'account_services',
      accountIds
        .flatMap((accountId) => [
          {
            region_id: regionId,
            account_id: accountId,
            service_id: water,
            supplier_id: waterSupplier,
          },
          {
            region_id: regionId,
            account_id: accountId,
            service_id: power,
            supplier_id: powerSupplier,
          },
          {
            region_id: regionId,
            account_id: accountId,
            service_id: gas,
            supplier_id: waterSupplier,
          },
        ])
        .concat([
          {
            region_id: otherRegionId,
            account_id: otherRegionAccountId,
            service_id: samaraWater,
            supplier_id: samaraSupplier,
          },
        ]),
    );
    const meterRows = accountIds.flatMap((accountId, i) =>
      Array.from({ length: metersPerAccount }, (_, m) => ({
        region_id: regionId,
        account_id: accountId,
        service_id: m % 2 === 0 ? water : power,
        kind: 'individual',
        serial: `SN${accountId}-${m}`,
        zones: m % 2 === 0 ? 1 : 2,
        digit_capacity: m % 2 === 0 ? 5 : 6,
        fraction_digits: m % 2 === 0 ? 3 : 1,
        installed_on: '2020-03-15',
        verified_on: '2020-03-15',
        // The first account's water meter is due on 2026-05-20; others far off or varied.
        next_verification_on:
          i === 0 && m === 0 ? '2026-05-20' : `${2027 + (i % 6)}-0${1 + (m % 9)}-15`,
      })),
    );
    meterRows.push({
      region_id: otherRegionId,
      account_id: otherRegionAccountId,
      service_id: samaraWater,
      kind: 'individual',
      serial: 'SAM-1',
      zones: 1,
      digit_capacity: 5,
      fraction_digits: 3,
      installed_on: '2019-01-10',
      verified_on: '2019-01-10',
      next_verification_on: '2025-01-10',
    });
    await insertChunked(trx, 'meters', meterRows);
    const [userId] = await insertChunked(trx, 'users', [
      {
        login: user.login,
        password_hash: passwordHash,
        full_name: user.fullName,
        phone: user.phone,
        email: 'ivanova@example.ru',
        region_id: regionId,
      },
    ]);
    const linked = [accountIds[0]!, accountIds[1]!, otherRegionAccountId];
    await trx
      .insertInto('user_accounts')
      .values(
        linked.map((account_id, i) => ({
          user_id: userId!,
          account_id,
          role: i === 0 ? 'owner' : 'linked',
        })),
      )
      .execute();
    return {
      regionId: regionId!,
      regionCode: 'orenburg',
      otherRegionId: otherRegionId!,
      accountIds,
      otherRegionAccountId,
      unlinkedAccountId: accountIds[2]!,
      user: { ...user, accountIds: linked },
      serviceIds: { water: water!, power: power!, gas: gas! },
      supplierIds: { water: waterSupplier!, power: powerSupplier! },
    };
  });
}
