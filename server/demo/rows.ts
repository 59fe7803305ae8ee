import type { DemoAccount } from './accounts.js';
import type { DemoCatalog } from './catalog/catalog.js';
import { SERVICES } from './catalog/services.js';
import type { SqlValue } from './bulk/writers.js';
import type { AccountHistory } from './history/account-history.js';

/** Column lists and row builders: what the demo writes to each table, in column order. */

// Tabular data, one table per line.
// prettier-ignore
export const COLUMNS = {
  regions: ['id', 'code', 'name', 'time_zone'],
  suppliers: ['id', 'region_id', 'name', 'inn', 'kpp', 'bank_name', 'bic', 'settlement_account', 'correspondent_account', 'address', 'phone', 'site'],
  services: ['id', 'region_id', 'code', 'name', 'unit'],
  tariffs: ['id', 'region_id', 'service_id', 'supplier_id', 'zone_count', 'zone', 'price', 'valid_from'],
  accounts: ['id', 'region_id', 'number', 'owner_name', 'owner_phone', 'address', 'area', 'rooms', 'residents'],
  account_services: ['region_id', 'account_id', 'service_id', 'supplier_id'],
  meters: ['id', 'region_id', 'account_id', 'service_id', 'kind', 'serial', 'zones', 'digit_capacity', 'fraction_digits', 'installed_on', 'verified_on', 'next_verification_on'],
  normatives: ['region_id', 'service_id', 'per_resident', 'per_square_metre', 'valid_from'],
  billing_periods: ['region_id', 'period', 'status', 'closed_at'],
  readings: ['id', 'region_id', 'meter_id', 'period', 'zone', 'value', 'source', 'entered_at'],
  charges: ['id', 'region_id', 'account_id', 'service_id', 'supplier_id', 'period', 'method', 'reason', 'estimated_streak', 'volume', 'tariff', 'coefficient', 'debt_start', 'charged', 'recalculation', 'paid', 'debt_end'],
  charge_lines: ['region_id', 'charge_id', 'zone', 'reading_start', 'reading_end', 'volume', 'price', 'amount'],
  payments: ['region_id', 'account_id', 'service_id', 'period', 'paid_at', 'amount', 'place'],
  users: ['id', 'login', 'password_hash', 'full_name', 'phone', 'email', 'region_id', 'created_at'],
  user_accounts: ['user_id', 'account_id', 'role', 'linked_at'],
} as const;

export type DemoTable = keyof typeof COLUMNS;

/** Rows of the reference tables (regions, suppliers, services, tariffs). */
export function catalogRows(catalog: DemoCatalog): Partial<Record<DemoTable, SqlValue[][]>> {
  const regions: SqlValue[][] = [];
  const suppliers: SqlValue[][] = [];
  const services: SqlValue[][] = [];
  catalog.regions.forEach((region, r) => {
    regions.push([r + 1, region.code, region.name, region.timeZone]);
    region.suppliers.forEach((s, i) => {
      suppliers.push([
        catalog.supplierId(r, i),
        r + 1,
        s.name,
        s.inn,
        s.kpp,
        s.bankName,
        s.bic,
        s.settlementAccount,
        s.correspondentAccount,
        s.address,
        s.phone,
        s.site,
      ]);
    });
    for (const service of SERVICES) {
      services.push([
        catalog.serviceId(r, service.code),
        r + 1,
        service.code,
        service.name,
        service.unit,
      ]);
    }
  });
  const tariffs = catalog.tariffs.map((t) => [
    t.id,
    t.regionId,
    t.serviceId,
    t.supplierId,
    t.zoneCount,
    t.zone,
    t.price,
    t.validFrom,
  ]);
  return { regions, suppliers, services, tariffs };
}

/** Rows of one account: itself, its services and its meters. */
export function accountRows(
  account: DemoAccount,
  catalog: DemoCatalog,
): Pick<Record<DemoTable, SqlValue[][]>, 'accounts' | 'account_services' | 'meters'> {
  const r = account.regionIndex;
  const regionId = r + 1;
  return {
    accounts: [
      [
        account.id,
        regionId,
        account.number,
        account.ownerName,
        account.ownerPhone,
        account.address,
        account.area,
        account.rooms,
        account.residents,
      ],
    ],
    account_services: SERVICES.map((s) => [
      regionId,
      account.id,
      catalog.serviceId(r, s.code),
      catalog.serviceSupplierId(r, s.code),
    ]),
    meters: account.meters.map((m) => [
      m.id,
      regionId,
      account.id,
      catalog.serviceId(r, m.service),
      m.kind,
      m.serial,
      m.zones,
      m.digitCapacity,
      m.fractionDigits,
      m.installedOn,
      m.verifiedOn,
      m.nextVerificationOn,
    ]),
  };
}

/**
 * Rows of an account's billing history. Charges get explicit ids from `firstChargeId` on, so
 * their lines refer to them without reading back; region ids are given, not left to triggers.
 */
export function historyRows(
  history: AccountHistory,
  regionId: number,
  firstChargeId: number,
): Pick<Record<DemoTable, SqlValue[][]>, 'readings' | 'charges' | 'charge_lines' | 'payments'> {
  const charges: SqlValue[][] = [];
  const lines: SqlValue[][] = [];
  history.charges.forEach((c, i) => {
    const id = firstChargeId + i;
    charges.push([
      id,
      regionId,
      c.accountId,
      c.serviceId,
      c.supplierId,
      c.period,
      c.method,
      c.reason,
      c.estimatedStreak,
      c.volume,
      c.tariff,
      c.coefficient,
      c.debtStart,
      c.charged,
      c.recalculation,
      c.paid,
      c.debtEnd,
    ]);
    for (const l of c.lines) {
      lines.push([regionId, id, l.zone, l.readingStart, l.readingEnd, l.volume, l.price, l.amount]);
    }
  });
  return {
    readings: history.readings.map((x) => [
      x.id,
      regionId,
      x.meterId,
      x.period,
      x.zone,
      x.value,
      x.source,
      x.enteredAt,
    ]),
    charges,
    charge_lines: lines,
    payments: history.payments.map((p) => [
      regionId,
      p.accountId,
      p.serviceId,
      p.period,
      p.paidAt,
      p.amount,
      p.place,
    ]),
  };
}
