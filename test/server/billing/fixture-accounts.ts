import { randomUUID } from 'node:crypto';

import type { CentralDb } from '../../../server/db/connect.js';
import { withSyncWriteLock } from '../../../server/sync/write-lock.js';
import { type BillingRegion, CODES, type ServiceCode } from './fixture.js';

/** Accounts, meters, readings and payments of a period-close test region. */

let accountSerial = 0;

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
