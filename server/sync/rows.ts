import type { Selectable } from 'kysely';

import type { DeviceProfile } from '../../shared/contract/views.js';
import type { SyncRow } from '../../shared/sync/protocol.js';
import type { Database } from '../db/schema.js';
import { trimDecimal } from './decimal.js';

/** Maps central rows (snake_case, numeric strings) to protocol rows (camelCase, trimmed decimals). */

type Row<T extends keyof Database> = Selectable<Database[T]>;

export const toRegionRow = (r: Row<'regions'>): SyncRow<'region'> => ({
  id: r.id,
  code: r.code,
  name: r.name,
  timeZone: r.time_zone,
});

export const toSupplierRow = (r: Row<'suppliers'>): SyncRow<'supplier'> => ({
  id: r.id,
  regionId: r.region_id,
  name: r.name,
  inn: r.inn,
  kpp: r.kpp,
  bankName: r.bank_name,
  bic: r.bic,
  settlementAccount: r.settlement_account,
  correspondentAccount: r.correspondent_account,
  address: r.address,
  phone: r.phone,
  site: r.site,
  readingWindowFrom: r.reading_window_from,
  readingWindowTo: r.reading_window_to,
});

export const toServiceRow = (r: Row<'services'>): SyncRow<'service'> => ({
  id: r.id,
  regionId: r.region_id,
  code: r.code,
  name: r.name,
  unit: r.unit,
});

export const toTariffRow = (r: Row<'tariffs'>): SyncRow<'tariff'> => ({
  id: r.id,
  regionId: r.region_id,
  serviceId: r.service_id,
  supplierId: r.supplier_id,
  zoneCount: r.zone_count,
  zone: r.zone,
  price: trimDecimal(String(r.price)),
  validFrom: r.valid_from,
});

/** Kiosks never receive a resident's name or phone; counters and the resident's own session do. */
export const toAccountRow = (
  r: Row<'accounts'>,
  audience: DeviceProfile | 'owner',
): SyncRow<'account'> => {
  const personal = audience !== 'kiosk';
  return {
    id: r.id,
    regionId: r.region_id,
    number: r.number,
    address: r.address,
    area: trimDecimal(String(r.area)),
    rooms: r.rooms,
    residents: r.residents,
    ownerName: personal ? r.owner_name : null,
    ownerPhone: personal ? r.owner_phone : null,
  };
};

export const toAccountServiceRow = (r: Row<'account_services'>): SyncRow<'accountService'> => ({
  id: r.id,
  regionId: r.region_id,
  accountId: r.account_id,
  serviceId: r.service_id,
  supplierId: r.supplier_id,
});

export const toMeterRow = (r: Row<'meters'>): SyncRow<'meter'> => ({
  id: r.id,
  regionId: r.region_id,
  accountId: r.account_id,
  serviceId: r.service_id,
  kind: r.kind,
  serial: r.serial,
  zones: r.zones,
  digitCapacity: r.digit_capacity,
  fractionDigits: r.fraction_digits,
  installedOn: r.installed_on,
  verifiedOn: r.verified_on,
  nextVerificationOn: r.next_verification_on,
});
