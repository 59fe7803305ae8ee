// What "Ввод показаний" and "Начисления и платежи" must agree with, read from the central
// service's own tables.
import { expect } from '@playwright/test';
import type { Kysely } from 'kysely';

import type { Database } from '../../../server/db/schema.js';
import { normalizeDecimal } from '../../../shared/domain/decimal.js';
import { formatKopecks } from '../../../shared/domain/money.js';
import { formatPrice, formatQuantity } from '../../../renderer/format/decimals.js';

/** The readings this device pushed for a meter: exactly the typed values, once, accepted. */
export async function expectStoredOnce(
  db: Kysely<Database>,
  serial: string,
  values: Record<string, string>,
): Promise<void> {
  const stored = await db
    .selectFrom('readings')
    .innerJoin('meters', 'meters.id', 'readings.meter_id')
    .select(['readings.zone', 'readings.value', 'readings.status'])
    .where('meters.serial', '=', serial)
    .where('readings.source', '=', 'kiosk')
    // Readings a device pushed carry their submission id; the demo history has none.
    .where('readings.submission_id', 'is not', null)
    .execute();
  const got = stored.map((r) => [r.zone, normalizeDecimal(String(r.value)), r.status]).sort();
  const want = Object.entries(values)
    .map(([zone, value]) => [zone, normalizeDecimal(value), 'accepted'])
    .sort();
  expect(got, `readings of meter ${serial}`).toEqual(want);
}

/**
 * The latest billed period of an account and its charge rows as Рис. 13 prints them: service,
 * tariff, debt, paid, volume with unit, charged, recalculation, to pay (= debt at the end).
 */
export async function expectedCharges(
  db: Kysely<Database>,
  accountNumber: string,
): Promise<{ period: string; rows: string[][] }> {
  const account = await db
    .selectFrom('accounts')
    .select('id')
    .where('number', '=', accountNumber)
    .executeTakeFirstOrThrow();
  const latest = await db
    .selectFrom('charges')
    .select((eb) => eb.fn.max('period').as('period'))
    .where('account_id', '=', account.id)
    .executeTakeFirstOrThrow();
  const period = String(latest.period);
  const charges = await db
    .selectFrom('charges')
    .innerJoin('services', 'services.id', 'charges.service_id')
    .select([
      'services.name',
      'services.unit',
      'charges.tariff',
      'charges.debt_start',
      'charges.paid',
      'charges.volume',
      'charges.charged',
      'charges.recalculation',
      'charges.debt_end',
    ])
    .where('charges.account_id', '=', account.id)
    .where('charges.period', '=', period)
    .execute();
  const rows = charges.map((r) =>
    [
      r.name,
      formatPrice(String(r.tariff)),
      formatKopecks(Number(r.debt_start)),
      formatKopecks(Number(r.paid)),
      `${formatQuantity(String(r.volume))} ${r.unit}`,
      formatKopecks(Number(r.charged)),
      formatKopecks(Number(r.recalculation)),
      formatKopecks(Number(r.debt_end)),
    ].map((cell) => cell.replace(/\s+/g, ' ')),
  );
  return { period, rows };
}
