import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
  composeAccountDetails,
  isBundleComplete,
  tariffsInForce,
} from '../../../electron/services/account-details.js';
import type { AccountBundle, LinkedAccount } from '../../../shared/sync/http.js';
import {
  account,
  accountService,
  meter,
  region,
  service,
  supplier,
  tariff,
} from '../../db/fixtures.js';

const bundle: AccountBundle = {
  region,
  account: account(1),
  accountServices: [accountService(10, 1, 100, 7), accountService(11, 1, 101, 8)],
  services: [service(100, 'Холодное водоснабжение'), service(101, 'Электроснабжение')],
  suppliers: [supplier(7), supplier(8), supplier(9)],
  tariffs: [
    tariff(1, 100, 7, '2025-07-01', '41.23'),
    tariff(2, 100, 7, '2026-07-01', '43.50'),
    tariff(3, 100, 9, '2025-07-01', '99.00'), // the same service from another supplier: not this account's
    // Electricity has three schemes: single, two-zone (day/night), three-zone (peak/night/semi-peak).
    tariff(4, 101, 8, '2025-01-01', '5.00', 'T1', 2),
    tariff(5, 101, 8, '2026-03-10', '6.10', 'T1', 2),
    tariff(6, 101, 8, '2025-01-01', '2.00', 'T2', 2),
    tariff(7, 101, 8, '2025-01-01', '4.40', 'single', 1),
    tariff(8, 101, 8, '2025-01-01', '6.90', 'T1', 3),
    tariff(9, 101, 8, '2025-01-01', '2.00', 'T2', 3),
    tariff(10, 101, 8, '2025-01-01', '4.40', 'T3', 3),
  ],
  meters: [
    meter(50, 1, 100, '2026-09-10'),
    meter(51, 1, 100, '2026-09-11'),
    { ...meter(52, 1, 101, '2026-03-09'), zones: 2 },
  ],
};
const linked: LinkedAccount = {
  accountId: 1,
  number: account(1).number,
  address: account(1).address,
  regionId: 1,
  regionName: region.name,
  ownerName: 'Петров Пётр Петрович',
  ownerPhone: '+79991234567',
};

describe('composeAccountDetails', () => {
  // 2026-03-10 05:00 in Yekaterinburg (UTC+5).
  const now = new Date('2026-03-10T00:00:00Z');

  it('builds services with their supplier, meter count and the tariffs in force today', () => {
    const details = composeAccountDetails(bundle, linked, now);
    expect(details.services).toEqual([
      {
        serviceId: 100,
        serviceName: 'Холодное водоснабжение',
        unit: 'м³',
        meterCount: 2,
        supplierId: 7,
        supplierName: 'Поставщик 7',
        tariffs: [{ zoneCount: 1, zone: 'single', price: '41.23', validFrom: '2025-07-01' }],
      },
      {
        serviceId: 101,
        serviceName: 'Электроснабжение',
        unit: 'м³',
        meterCount: 1,
        supplierId: 8,
        supplierName: 'Поставщик 8',
        tariffs: [
          { zoneCount: 2, zone: 'T1', price: '6.10', validFrom: '2026-03-10' },
          { zoneCount: 2, zone: 'T2', price: '2.00', validFrom: '2025-01-01' },
        ],
      },
    ]);
    expect(details.suppliers.map((s) => s.id)).toEqual([7, 8]);
    expect(details.suppliers[0]).not.toHaveProperty('regionId');
    expect(details).toMatchObject({
      ownerName: 'Петров Пётр Петрович',
      ownerPhone: '+79991234567',
      area: '54.30',
    });
  });

  const electricityWith = (meters: AccountBundle['meters'], extra: Partial<AccountBundle> = {}) =>
    composeAccountDetails({ ...bundle, ...extra, meters }, linked, now).services.find(
      (s) => s.serviceId === 101,
    )?.tariffs;

  it('shows a single-zone meter only the single price', () => {
    expect(electricityWith([meter(52, 1, 101)])).toEqual([
      { zoneCount: 1, zone: 'single', price: '4.40', validFrom: '2025-01-01' },
    ]);
  });

  it('shows a three-zone meter only the three-zone prices, not the two-zone day price', () => {
    expect(electricityWith([{ ...meter(52, 1, 101), zones: 3 }])).toEqual([
      { zoneCount: 3, zone: 'T1', price: '6.90', validFrom: '2025-01-01' },
      { zoneCount: 3, zone: 'T2', price: '2.00', validFrom: '2025-01-01' },
      { zoneCount: 3, zone: 'T3', price: '4.40', validFrom: '2025-01-01' },
    ]);
  });

  it('shows each scheme when meters of one service have different zone counts', () => {
    const tariffs = electricityWith([meter(52, 1, 101), { ...meter(53, 1, 101), zones: 3 }]);
    expect(tariffs?.map((t) => [t.zoneCount, t.zone, t.price])).toEqual([
      [1, 'single', '4.40'],
      [3, 'T1', '6.90'],
      [3, 'T2', '2.00'],
      [3, 'T3', '4.40'],
    ]);
  });

  it('prices a service without individual meters by its single tariff', () => {
    // No meter at all, or only a common-house one: the resident is charged at the single rate.
    expect(electricityWith([])?.map((t) => [t.zoneCount, t.zone])).toEqual([[1, 'single']]);
    const common = { ...meter(60, 1, 101), kind: 'common' as const, zones: 3 };
    expect(electricityWith([common])?.map((t) => [t.zoneCount, t.zone])).toEqual([[1, 'single']]);
    const heating = composeAccountDetails(
      {
        ...bundle,
        accountServices: [...bundle.accountServices, accountService(12, 1, 102, 8)],
        services: [...bundle.services, service(102, 'Отопление')],
        tariffs: [...bundle.tariffs, tariff(11, 102, 8, '2025-07-01', '2205.60')],
      },
      linked,
      now,
    ).services.find((s) => s.serviceId === 102);
    expect(heating).toMatchObject({
      meterCount: 0,
      tariffs: [{ zoneCount: 1, zone: 'single', price: '2205.60', validFrom: '2025-07-01' }],
    });
  });

  it('warns six months ahead of verification and flags overdue meters, on local days', () => {
    const meters = composeAccountDetails(bundle, linked, now).meters;
    expect(meters.map((m) => [m.id, m.verificationDueSoon, m.verificationOverdue])).toEqual([
      [50, true, false], // 2026-09-10: exactly six months ahead
      [51, false, false], // a day later: not yet
      [52, false, true], // yesterday
    ]);
    // At 19:30 UTC on 9 March it is already 10 March in Yekaterinburg.
    const evening = composeAccountDetails(bundle, linked, new Date('2026-03-09T19:30:00Z')).meters;
    expect(evening.map((m) => m.verificationOverdue)).toEqual([false, false, true]);
  });

  it('takes owner data from the session even when the cached row has none (kiosk)', () => {
    expect(bundle.account.ownerName).toBeNull();
    expect(composeAccountDetails(bundle, linked, now).ownerName).toBe('Петров Пётр Петрович');
  });
});

describe('isBundleComplete', () => {
  it('is false while a referenced service or supplier has not arrived yet', () => {
    expect(isBundleComplete(bundle)).toBe(true);
    expect(isBundleComplete({ ...bundle, suppliers: [supplier(7)] })).toBe(false);
    expect(isBundleComplete({ ...bundle, services: [service(101)] })).toBe(false);
  });
});

describe('tariffsInForce', () => {
  it('picks, per scheme and zone, the latest tariff valid on or before today', () => {
    const schemeZone = fc.constantFrom(
      [1, 'single'] as const,
      [2, 'T1'] as const,
      [2, 'T2'] as const,
      [3, 'T1'] as const,
      [3, 'T2'] as const,
      [3, 'T3'] as const,
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            scheme: schemeZone,
            validFrom: fc.date({
              min: new Date('2024-01-01'),
              max: new Date('2028-01-01'),
              noInvalidDate: true,
            }),
          }),
          { maxLength: 12 },
        ),
        fc.date({ min: new Date('2024-01-01'), max: new Date('2028-01-01'), noInvalidDate: true }),
        (rows, day) => {
          const today = day.toISOString().slice(0, 10);
          const tariffs = rows.map((r, i) =>
            tariff(
              i + 1,
              1,
              1,
              r.validFrom.toISOString().slice(0, 10),
              '1.00',
              r.scheme[1],
              r.scheme[0],
            ),
          );
          const key = (t: { zoneCount: number; zone: string }) => `${t.zoneCount}|${t.zone}`;
          const chosen = tariffsInForce(tariffs, today);
          expect(new Set(chosen.map(key)).size).toBe(chosen.length);
          for (const t of chosen) {
            expect(t.validFrom <= today).toBe(true);
            const rivals = tariffs.filter((r) => key(r) === key(t) && r.validFrom <= today);
            expect(rivals.every((r) => r.validFrom <= t.validFrom)).toBe(true);
          }
          const inForce = new Set(tariffs.filter((t) => t.validFrom <= today).map(key));
          expect(chosen.map(key).sort()).toEqual([...inForce].sort());
          // Ordered by scheme, then zone.
          const order = chosen.map(
            (t) => t.zoneCount * 10 + ['single', 'T1', 'T2', 'T3'].indexOf(t.zone),
          );
          expect(order).toEqual([...order].sort((a, b) => a - b));
        },
      ),
    );
  });
});
