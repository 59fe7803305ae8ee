import type { SyncEntity, SyncRow } from '../shared/sync/protocol.js';

type ColumnMap<E extends SyncEntity> = { readonly [K in keyof SyncRow<E>]-?: string };

export interface PulledTable<E extends SyncEntity> {
  readonly table: string;
  /** Protocol field → cache column, in insert order; `id` first. */
  readonly columns: ColumnMap<E>;
}

/** How each pulled entity of shared/sync/protocol.ts maps onto its cache table. */
export const pulledTables: { readonly [E in SyncEntity]: PulledTable<E> } = {
  region: {
    table: 'regions',
    columns: { id: 'id', code: 'code', name: 'name', timeZone: 'time_zone' },
  },
  supplier: {
    table: 'suppliers',
    columns: {
      id: 'id',
      regionId: 'region_id',
      name: 'name',
      inn: 'inn',
      kpp: 'kpp',
      bankName: 'bank_name',
      bic: 'bic',
      settlementAccount: 'settlement_account',
      correspondentAccount: 'correspondent_account',
      address: 'address',
      phone: 'phone',
      site: 'site',
    },
  },
  service: {
    table: 'services',
    columns: { id: 'id', regionId: 'region_id', code: 'code', name: 'name', unit: 'unit' },
  },
  tariff: {
    table: 'tariffs',
    columns: {
      id: 'id',
      regionId: 'region_id',
      serviceId: 'service_id',
      supplierId: 'supplier_id',
      zoneCount: 'zone_count',
      zone: 'zone',
      price: 'price',
      validFrom: 'valid_from',
    },
  },
  account: {
    table: 'accounts',
    columns: {
      id: 'id',
      regionId: 'region_id',
      number: 'number',
      address: 'address',
      area: 'area',
      rooms: 'rooms',
      residents: 'residents',
      ownerName: 'owner_name',
      ownerPhone: 'owner_phone',
    },
  },
  accountService: {
    table: 'account_services',
    columns: {
      id: 'id',
      regionId: 'region_id',
      accountId: 'account_id',
      serviceId: 'service_id',
      supplierId: 'supplier_id',
    },
  },
  meter: {
    table: 'meters',
    columns: {
      id: 'id',
      regionId: 'region_id',
      accountId: 'account_id',
      serviceId: 'service_id',
      kind: 'kind',
      serial: 'serial',
      zones: 'zones',
      digitCapacity: 'digit_capacity',
      fractionDigits: 'fraction_digits',
      installedOn: 'installed_on',
      verifiedOn: 'verified_on',
      nextVerificationOn: 'next_verification_on',
    },
  },
};

export const syncEntityNames = Object.keys(pulledTables) as SyncEntity[];

/** `col AS "field", …` so that rows come back in protocol shape. Identifiers only, no values. */
export function selectList(entity: SyncEntity, alias?: string): string {
  const prefix = alias ? `${alias}.` : '';
  return Object.entries(pulledTables[entity].columns)
    .map(([field, column]) => `${prefix}${column} AS "${field}"`)
    .join(', ');
}
