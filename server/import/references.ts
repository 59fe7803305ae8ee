import type { Transaction } from 'kysely';

import type { Database } from '../db/schema.js';
import type { AccountRow, ChargeRow, MeterRow, PaymentRow } from './files.js';
import type { ImportError } from './report.js';

/** What the rows refer to, resolved against the files and the database. */
export interface Resolved {
  regionByCode: Map<string, { id: number; timeZone: string }>;
  /** `${regionId}|${code}` → service id. */
  serviceIds: Map<string, number>;
  /** `${regionId}|${inn}` → supplier id (the lowest, should a region list an INN twice). */
  supplierIds: Map<string, number>;
  /** Account number → region, from accounts.csv or else the database. */
  accountRegion: Map<string, { regionId: number; timeZone: string }>;
  /** Accounts already in the database. */
  existingAccounts: Map<string, { id: number; regionId: number }>;
}

const CHUNK = 1000;

/** Loads regions, services, suppliers and the referenced accounts that already exist. */
export async function resolveReferences(
  trx: Transaction<Database>,
  numbers: Set<string>,
  accounts: AccountRow[],
): Promise<Resolved> {
  const regions = await trx.selectFrom('regions').select(['id', 'code', 'time_zone']).execute();
  const services = await trx.selectFrom('services').select(['id', 'region_id', 'code']).execute();
  const suppliers = await trx
    .selectFrom('suppliers')
    .select(['id', 'region_id', 'inn'])
    .orderBy('id', 'desc')
    .execute();
  const list = [...numbers];
  const existingAccounts = new Map<string, { id: number; regionId: number }>();
  for (let i = 0; i < list.length; i += CHUNK) {
    const found = await trx
      .selectFrom('accounts')
      .select(['id', 'number', 'region_id'])
      .where('number', 'in', list.slice(i, i + CHUNK))
      .execute();
    for (const a of found) existingAccounts.set(a.number, { id: a.id, regionId: a.region_id });
  }
  const regionByCode = new Map(regions.map((r) => [r.code, { id: r.id, timeZone: r.time_zone }]));
  const zoneOf = new Map(regions.map((r) => [r.id, r.time_zone]));
  const accountRegion = new Map<string, { regionId: number; timeZone: string }>();
  for (const [number, a] of existingAccounts)
    accountRegion.set(number, { regionId: a.regionId, timeZone: zoneOf.get(a.regionId) ?? 'UTC' });
  for (const a of accounts) {
    const region = regionByCode.get(a.region);
    if (region) accountRegion.set(a.number, { regionId: region.id, timeZone: region.timeZone });
  }
  return {
    regionByCode,
    serviceIds: new Map(services.map((s) => [`${s.region_id}|${s.code}`, s.id])),
    supplierIds: new Map(suppliers.map((s) => [`${s.region_id}|${s.inn}`, s.id])),
    accountRegion,
    existingAccounts,
  };
}

const NO_ACCOUNT = 'лицевой счёт не найден ни среди верных строк accounts.csv, ни в базе';

/** Every row whose references do not resolve. */
export function checkReferences(
  r: Resolved,
  rows: {
    accounts: AccountRow[];
    meters: MeterRow[];
    charges: ChargeRow[];
    payments: PaymentRow[];
  },
): ImportError[] {
  const errors: ImportError[] = [];
  const codes = [...r.regionByCode.keys()].join(', ');
  for (const a of rows.accounts) {
    const region = r.regionByCode.get(a.region);
    const existing = r.existingAccounts.get(a.number);
    if (!region)
      errors.push({
        file: 'accounts.csv',
        line: a.line,
        column: 'region',
        reason: `нет региона «${a.region}»; есть: ${codes}`,
      });
    else if (existing && existing.regionId !== region.id) {
      errors.push({
        file: 'accounts.csv',
        line: a.line,
        column: 'region',
        reason: 'счёт уже числится в другом регионе; перенос между регионами импортом не делается',
      });
    }
  }
  const service = (
    file: 'meters.csv' | 'charges.csv' | 'payments.csv',
    line: number,
    account: string,
    code: string | null,
  ) => {
    const region = r.accountRegion.get(account);
    if (!region) {
      errors.push({ file, line, column: 'account', reason: NO_ACCOUNT });
      return null;
    }
    if (code !== null && !r.serviceIds.has(`${region.regionId}|${code}`)) {
      errors.push({
        file,
        line,
        column: 'service',
        reason: `в регионе счёта нет услуги «${code}»`,
      });
    }
    return region;
  };
  for (const m of rows.meters) service('meters.csv', m.line, m.account, m.service);
  for (const c of rows.charges) {
    const region = service('charges.csv', c.line, c.account, c.service);
    if (region && !r.supplierIds.has(`${region.regionId}|${c.supplier_inn}`)) {
      errors.push({
        file: 'charges.csv',
        line: c.line,
        column: 'supplier_inn',
        reason: `в регионе счёта нет поставщика с ИНН ${c.supplier_inn}`,
      });
    }
  }
  for (const p of rows.payments) service('payments.csv', p.line, p.account, p.service);
  return errors;
}
