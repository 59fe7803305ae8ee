import { randomUUID } from 'node:crypto';

import { sql } from 'kysely';

import type { CentralDb } from '../../../server/db/connect.js';
import { withSyncWriteLock } from '../../../server/sync/write-lock.js';

/**
 * A small region for period-close tests: one supplier, the six catalog services, tariffs for
 * every electricity scheme (changing on 1 July 2026) and norms; accounts with chosen meters.
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
const CODES: ServiceCode[] = [
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
let accountSerial = 0;

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

export interface MeterSpec {
  service: ServiceCode;
  zones?: 1 | 2 | 3;
  digitCapacity?: number;
  fractionDigits?: number;
  nextVerificationOn?: string;
}

/** An account with `services` (default all six) and one individual meter per spec. */
export async function addAccount(
  central: CentralDb,
  region: BillingRegion,
  options: { services?: ServiceCode[]; meters?: MeterSpec[]; residents?: number; area?: string },
): Promise<{ accountId: number; meters: Partial<Record<ServiceCode, number>> }> {
  accountSerial += 1;
  return withSyncWriteLock(central.db, async (trx) => {
    const account = await trx
      .insertInto('accounts')
      .values({
        region_id: region.id,
        number: String(5_600_000_000 + accountSerial),
        owner_name: 'Петров Пётр Петрович',
        owner_phone: null,
        address: `г. Оренбург, ул. Пушкина, д. ${accountSerial}`,
        area: options.area ?? '50.00',
        rooms: 2,
        residents: options.residents ?? 2,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (const service of options.services ?? CODES) {
      await trx
        .insertInto('account_services')
        .values({
          region_id: region.id,
          account_id: account.id,
          service_id: region.services[service],
          supplier_id: region.supplierId,
        })
        .execute();
    }
    const meters: Partial<Record<ServiceCode, number>> = {};
    for (const spec of options.meters ?? []) {
      const meter = await trx
        .insertInto('meters')
        .values({
          region_id: region.id,
          account_id: account.id,
          service_id: region.services[spec.service],
          kind: 'individual',
          serial: `M-${account.id}-${spec.service}`,
          zones: spec.zones ?? 1,
          digit_capacity: spec.digitCapacity ?? 6,
          fraction_digits: spec.fractionDigits ?? 0,
          installed_on: '2020-01-01',
          verified_on: '2020-01-01',
          next_verification_on: spec.nextVerificationOn ?? '2036-01-01',
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      meters[spec.service] = meter.id;
    }
    return { accountId: account.id, meters };
  });
}

const ZONES = { 1: ['single'], 2: ['T1', 'T2'], 3: ['T1', 'T2', 'T3'] } as const;

/** An accepted real reading (one row per zone), entered on the 20th of `period`. */
export async function addReading(
  central: CentralDb,
  meterId: number,
  period: string,
  values: string[],
  source: 'cabinet' | 'kiosk' | 'counter' | 'automatic' = 'counter',
): Promise<void> {
  const zones = ZONES[values.length as 1 | 2 | 3];
  await withSyncWriteLock(central.db, (trx) =>
    trx
      .insertInto('readings')
      .values(
        values.map((value, z) => ({
          id: randomUUID(),
          meter_id: meterId,
          period,
          zone: zones[z]!,
          value,
          source,
          entered_at: `${period}-20T10:00:00+05:00`,
        })),
      )
      .execute(),
  );
}

/** A payment for one service of the period. */
export async function addPayment(
  central: CentralDb,
  accountId: number,
  serviceId: number,
  period: string,
  amount: number,
): Promise<void> {
  await withSyncWriteLock(central.db, (trx) =>
    trx
      .insertInto('payments')
      .values({
        account_id: accountId,
        service_id: serviceId,
        period,
        paid_at: `${period}-05T12:00:00+05:00`,
        amount,
        place: 'Касса ЕРЦ',
      })
      .execute(),
  );
}

export interface ChargeView {
  id: number;
  method: string;
  reason: string | null;
  streak: number | null;
  volume: string;
  tariff: string;
  coefficient: string;
  debtStart: number;
  charged: number;
  recalculation: number;
  paid: number;
  debtEnd: number;
  lines: {
    zone: string;
    start: string | null;
    end: string | null;
    volume: string;
    price: string;
    amount: number;
  }[];
}

/** The charge of one account-service and period with its lines (numbers trimmed of zeros). */
export async function chargeOf(
  central: CentralDb,
  accountId: number,
  serviceId: number,
  period: string,
): Promise<ChargeView | undefined> {
  const charge = await sql<Omit<ChargeView, 'lines'>>`
    SELECT id, method, reason, estimated_streak AS streak, trim_scale(volume)::text AS volume,
           trim_scale(tariff)::text AS tariff, trim_scale(coefficient)::text AS coefficient,
           debt_start AS "debtStart", charged, recalculation, paid, debt_end AS "debtEnd"
      FROM charges WHERE account_id = ${accountId} AND service_id = ${serviceId} AND period = ${period}`.execute(
    central.db,
  );
  const row = charge.rows[0];
  if (!row) return undefined;
  const lines = await sql<ChargeView['lines'][number]>`
    SELECT zone, trim_scale(reading_start)::text AS start, trim_scale(reading_end)::text AS "end",
           trim_scale(volume)::text AS volume, trim_scale(price)::text AS price, amount
      FROM charge_lines WHERE charge_id = ${row.id} ORDER BY zone`.execute(central.db);
  return { ...row, lines: lines.rows };
}

/** Calculated (or real) readings of a meter for a period: zone → [value, source]. */
export async function readingsOf(
  central: CentralDb,
  meterId: number,
  period: string,
): Promise<{ zone: string; value: string; source: string }[]> {
  const rows = await sql<{ zone: string; value: string; source: string }>`
    SELECT zone, trim_scale(value)::text AS value, source FROM readings
     WHERE meter_id = ${meterId} AND period = ${period} ORDER BY entered_at, zone`.execute(
    central.db,
  );
  return rows.rows;
}
