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
      readingWindowFrom: 'reading_window_from',
      readingWindowTo: 'reading_window_to',
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
  reading: {
    table: 'readings',
    columns: {
      id: 'id',
      regionId: 'region_id',
      meterId: 'meter_id',
      period: 'period',
      zone: 'zone',
      value: 'value',
      source: 'source',
      enteredAt: 'entered_at',
      status: 'status',
      submissionId: 'submission_id',
    },
  },
  charge: {
    table: 'charges',
    columns: {
      id: 'id',
      regionId: 'region_id',
      accountId: 'account_id',
      serviceId: 'service_id',
      supplierId: 'supplier_id',
      period: 'period',
      method: 'method',
      reason: 'reason',
      estimatedStreak: 'estimated_streak',
      volume: 'volume',
      tariff: 'tariff',
      coefficient: 'coefficient',
      debtStart: 'debt_start',
      charged: 'charged',
      recalculation: 'recalculation',
      paid: 'paid',
      debtEnd: 'debt_end',
    },
  },
  chargeLine: {
    table: 'charge_lines',
    columns: {
      id: 'id',
      regionId: 'region_id',
      chargeId: 'charge_id',
      zone: 'zone',
      readingStart: 'reading_start',
      readingEnd: 'reading_end',
      volume: 'volume',
      price: 'price',
      amount: 'amount',
    },
  },
  payment: {
    table: 'payments',
    columns: {
      id: 'id',
      regionId: 'region_id',
      accountId: 'account_id',
      serviceId: 'service_id',
      period: 'period',
      paidAt: 'paid_at',
      amount: 'amount',
      place: 'place',
    },
  },
  supportRequest: {
    table: 'support_requests',
    columns: {
      id: 'id',
      regionId: 'region_id',
      number: 'number',
      submissionId: 'submission_id',
      accountId: 'account_id',
      source: 'source',
      topic: 'topic',
      body: 'body',
      contact: 'contact',
      status: 'status',
      createdAt: 'created_at',
      updatedAt: 'updated_at',
    },
  },
  supportReply: {
    table: 'support_replies',
    columns: {
      id: 'id',
      regionId: 'region_id',
      requestId: 'request_id',
      author: 'author',
      body: 'body',
      createdAt: 'created_at',
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
