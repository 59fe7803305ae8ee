import { randomUUID } from 'node:crypto';

import type { CentralDb } from '../../../server/db/connect.js';
import { withSyncWriteLock } from '../../../server/sync/write-lock.js';

/**
 * A small region for period-close tests: one supplier, the six catalog services, tariffs for
 * every electricity scheme (changing on 1 July 2026) and norms. Accounts: fixture-accounts.ts.
 */

export const PRICES = {
  electricity: {
    '2025-01-01': {
      '1:single': '6.00',
      '2:T1': '7.00',
      '2:T2': '3.00',
      '3:T1': '8.00',
      '3:T2': '3.00',
      '3:T3': '6.00',
    },
    '2026-07-01': {
      '1:single': '6.50',
      '2:T1': '7.50',
      '2:T2': '3.50',
      '3:T1': '8.50',
      '3:T2': '3.50',
      '3:T3': '6.50',
    },
  },
  cold_water: '40.00',
  hot_water: '200.00',
  sewerage: '30.00',
  heating: '2000.00',
  waste: '100.00',
} as const;

export const NORMS = {
  electricity: '80',
  cold_water: '5',
  hot_water: '3',
  heatingPerSquareMetre: '0.02',
};

export type ServiceCode =
  'electricity' | 'cold_water' | 'hot_water' | 'sewerage' | 'heating' | 'waste';
export const CODES: ServiceCode[] = [
  'electricity',
  'cold_water',
  'hot_water',
  'sewerage',
  'heating',
  'waste',
];

export interface BillingRegion {
  id: number;
  code: string;
  supplierId: number;
  services: Record<ServiceCode, number>;
}

let regionSerial = 0;

/** A region with services, tariffs and (unless `withoutTariffs`) norms and prices. */
export async function seedBillingRegion(
  central: CentralDb,
  options: { code?: string; withoutTariffs?: boolean } = {},
): Promise<BillingRegion> {
  regionSerial += 1;
  const code = options.code ?? `close-${regionSerial}-${randomUUID().slice(0, 8)}`;
  return withSyncWriteLock(central.db, async (trx) => {
    const region = await trx
      .insertInto('regions')
      .values({ code, name: `Регион ${code}`, time_zone: 'Asia/Yekaterinburg' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const supplier = await trx
      .insertInto('suppliers')
      .values({
        region_id: region.id,
        name: 'АО «Расчётный поставщик»',
        inn: '5610000000',
        kpp: '561001001',
        bank_name: 'Банк',
        bic: '045354601',
        settlement_account: '40702810000000000001',
        correspondent_account: '30101810000000000601',
        address: 'г. Оренбург',
        phone: '+7 3532 00-00-00',
        site: 'https://example.org',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const services = {} as Record<ServiceCode, number>;
    for (const service of CODES) {
      const row = await trx
        .insertInto('services')
        .values({ region_id: region.id, code: service, name: service, unit: 'ед.' })
        .returning('id')
        .executeTakeFirstOrThrow();
      services[service] = row.id;
    }
    if (!options.withoutTariffs) {
      const tariff = (service: ServiceCode, scheme: string, price: string, validFrom: string) => {
        const [zoneCount, zone] = scheme.split(':') as [string, 'single' | 'T1' | 'T2' | 'T3'];
        return {
          region_id: region.id,
          service_id: services[service],
          supplier_id: supplier.id,
          zone_count: Number(zoneCount),
          zone,
          price,
          valid_from: validFrom,
        };
      };
      const rows = Object.entries(PRICES.electricity).flatMap(([validFrom, schemes]) =>
        Object.entries(schemes).map(([scheme, price]) =>
          tariff('electricity', scheme, price, validFrom),
        ),
      );
      for (const service of CODES.slice(1)) {
        rows.push(
          tariff(
            service,
            '1:single',
            PRICES[service as Exclude<ServiceCode, 'electricity'>],
            '2025-01-01',
          ),
        );
      }
      await trx.insertInto('tariffs').values(rows).execute();
      const norm = (
        service: ServiceCode,
        perResident: string,
        perSquareMetre: string | null = null,
      ) => ({
        region_id: region.id,
        service_id: services[service],
        per_resident: perResident,
        per_square_metre: perSquareMetre,
        valid_from: '2025-01-01',
      });
      await trx
        .insertInto('normatives')
        .values([
          norm('electricity', NORMS.electricity),
          norm('cold_water', NORMS.cold_water),
          norm('hot_water', NORMS.hot_water),
          norm('heating', '0', NORMS.heatingPerSquareMetre),
          norm('waste', '1'),
        ])
        .execute();
    }
    return { id: region.id, code, supplierId: supplier.id, services };
  });
}
