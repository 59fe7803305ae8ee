import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { SyncChange, SyncRow } from '../../shared/sync/protocol.js';

/** A fresh temp folder and its cleanup. */
export function tempDir(prefix = 'kabinet-db-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export const region: SyncRow<'region'> = {
  id: 1,
  code: 'orenburg',
  name: 'Оренбургская область',
  timeZone: 'Asia/Yekaterinburg',
};

export const supplier = (id: number): SyncRow<'supplier'> => ({
  id,
  regionId: 1,
  name: `Поставщик ${id}`,
  inn: '5610000000',
  kpp: '561001001',
  bankName: 'ПАО Банк',
  bic: '045354601',
  settlementAccount: '40702810000000000001',
  correspondentAccount: '30101810000000000601',
  address: 'г. Оренбург, ул. Советская, 1',
  phone: '+73532000000',
  site: 'example.ru',
  readingWindowFrom: 15,
  readingWindowTo: 25,
});

export const service = (id: number, name = `Услуга ${id}`): SyncRow<'service'> => ({
  id,
  regionId: 1,
  code: `s${id}`,
  name,
  unit: 'м³',
});

export const account = (
  id: number,
  over: Partial<SyncRow<'account'>> = {},
): SyncRow<'account'> => ({
  id,
  regionId: 1,
  number: String(5600000000 + id),
  address: `г. Оренбург, ул. Ленина, д. ${id}`,
  area: '54.30',
  rooms: 2,
  residents: 3,
  ownerName: null,
  ownerPhone: null,
  ...over,
});

export const accountService = (
  id: number,
  accountId: number,
  serviceId: number,
  supplierId: number,
): SyncRow<'accountService'> => ({ id, regionId: 1, accountId, serviceId, supplierId });

export const tariff = (
  id: number,
  serviceId: number,
  supplierId: number,
  validFrom: string,
  price: string,
  zone: SyncRow<'tariff'>['zone'] = 'single',
  // The scheme: single → 1, T3 → 3, T1/T2 default to the two-zone scheme.
  zoneCount = zone === 'single' ? 1 : zone === 'T3' ? 3 : 2,
): SyncRow<'tariff'> => ({
  id,
  regionId: 1,
  serviceId,
  supplierId,
  zoneCount,
  zone,
  price,
  validFrom,
});

export const meter = (
  id: number,
  accountId: number,
  serviceId: number,
  nextVerificationOn = '2031-01-01',
): SyncRow<'meter'> => ({
  id,
  regionId: 1,
  accountId,
  serviceId,
  kind: 'individual',
  serial: `SN-${id}`,
  zones: 1,
  digitCapacity: 5,
  fractionDigits: 3,
  installedOn: '2020-01-15',
  verifiedOn: '2020-01-15',
  nextVerificationOn,
});

type Upsert = Extract<SyncChange, { op: 'upsert' }>;
export function upsert<E extends Upsert['entity']>(entity: E, row: SyncRow<E>): SyncChange {
  return { op: 'upsert', entity, row } as SyncChange;
}
