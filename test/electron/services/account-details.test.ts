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
    tariff(4, 101, 8, '2025-01-01', '5.00', 'T1'),
    tariff(5, 101, 8, '2026-03-10', '6.10', 'T1'),
    tariff(6, 101, 8, '2025-01-01', '2.00', 'T2'),
  ],
  meters: [
    meter(50, 1, 100, '2026-09-10'),
    meter(51, 1, 100, '2026-09-11'),
    meter(52, 1, 101, '2026-03-09'),
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
        tariffs: [{ zone: 'single', price: '41.23', validFrom: '2025-07-01' }],
      },
      {
        serviceId: 101,
        serviceName: 'Электроснабжение',
        unit: 'м³',
        meterCount: 1,
        supplierId: 8,
        supplierName: 'Поставщик 8',
        tariffs: [
          { zone: 'T1', price: '6.10', validFrom: '2026-03-10' },
          { zone: 'T2', price: '2.00', validFrom: '2025-01-01' },
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
  it('picks, per zone, the latest tariff valid on or before today', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            zone: fc.constantFrom('single', 'T1', 'T2', 'T3'),
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
            tariff(i + 1, 1, 1, r.validFrom.toISOString().slice(0, 10), '1.00', r.zone),
          );
          const chosen = tariffsInForce(tariffs, today);
          expect(new Set(chosen.map((t) => t.zone)).size).toBe(chosen.length);
          for (const t of chosen) {
            expect(t.validFrom <= today).toBe(true);
            const rivals = tariffs.filter((r) => r.zone === t.zone && r.validFrom <= today);
            expect(rivals.every((r) => r.validFrom <= t.validFrom)).toBe(true);
          }
          const zonesInForce = new Set(
            tariffs.filter((t) => t.validFrom <= today).map((t) => t.zone),
          );
          expect(chosen.map((t) => t.zone).sort()).toEqual([...zonesInForce].sort());
        },
      ),
    );
  });
});
