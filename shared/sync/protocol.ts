import { z } from 'zod';

/**
 * Pull-sync protocol between a device and the central service.
 * GET /api/v1/sync/pull?cursor=<opaque>&limit=<n>&withTotal=1 with `Authorization: Device <token>`.
 * Rows are scoped to the device's region; personal fields (owner name and phone) are null
 * for kiosk devices, which must never cache them.
 */

const id = z.number().int().positive();
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const decimal = z.string().regex(/^-?\d+(\.\d+)?$/);

export const regionRowSchema = z.object({
  id,
  code: z.string(),
  name: z.string(),
  timeZone: z.string(),
});

export const supplierRowSchema = z.object({
  id,
  regionId: id,
  name: z.string(),
  inn: z.string(),
  kpp: z.string(),
  bankName: z.string(),
  bic: z.string(),
  settlementAccount: z.string(),
  correspondentAccount: z.string(),
  address: z.string(),
  phone: z.string(),
  site: z.string(),
  /** Days of the month (inclusive) in which the supplier takes meter readings, e.g. 15–25. */
  readingWindowFrom: z.number().int().min(1).max(31),
  readingWindowTo: z.number().int().min(1).max(31),
});

export const serviceRowSchema = z.object({
  id,
  regionId: id,
  code: z.string(),
  name: z.string(),
  unit: z.string(),
});

export const tariffRowSchema = z.object({
  id,
  regionId: id,
  serviceId: id,
  supplierId: id,
  /** Zones of the meters the price applies to (1 single, 2 day/night, 3 peak/night/semi-peak). */
  zoneCount: z.number().int().min(1).max(3),
  zone: z.enum(['single', 'T1', 'T2', 'T3']),
  price: decimal,
  validFrom: isoDate,
});

export const accountRowSchema = z.object({
  id,
  regionId: id,
  number: z.string(),
  address: z.string(),
  area: decimal,
  rooms: z.number().int(),
  residents: z.number().int(),
  ownerName: z.string().nullable(),
  ownerPhone: z.string().nullable(),
});

export const accountServiceRowSchema = z.object({
  id,
  regionId: id,
  accountId: id,
  serviceId: id,
  supplierId: id,
});

export const meterRowSchema = z.object({
  id,
  regionId: id,
  accountId: id,
  serviceId: id,
  kind: z.enum(['individual', 'common']),
  serial: z.string(),
  zones: z.number().int().min(1).max(3),
  digitCapacity: z.number().int().min(1).max(12),
  fractionDigits: z.number().int().min(0).max(4),
  installedOn: isoDate,
  verifiedOn: isoDate,
  nextVerificationOn: isoDate,
});

const period = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);
const timestamp = z.string().min(1);
const kopecks = z.number().int();
const zone = z.enum(['single', 'T1', 'T2', 'T3']);

/** An accepted (or later rejected) reading of one meter zone; id is a UUID, not an integer. */
export const readingRowSchema = z.object({
  id: z.uuid(),
  regionId: id,
  meterId: id,
  period,
  zone,
  value: decimal,
  source: z.enum(['cabinet', 'kiosk', 'counter', 'automatic', 'average', 'normative']),
  enteredAt: timestamp,
  status: z.enum(['accepted', 'rejected']),
  /** The device submission (outbox mutation) it came from; null for imported or calculated ones. */
  submissionId: z.uuid().nullable(),
});

/** One service's charge for one period; amounts in kopecks, debtEnd = debtStart + charged + recalculation − paid. */
export const chargeRowSchema = z.object({
  id,
  regionId: id,
  accountId: id,
  serviceId: id,
  supplierId: id,
  period,
  method: z.enum(['meter', 'average', 'normative', 'area']),
  reason: z
    .enum(['no_reading', 'verification_expired', 'no_meter', 'average_exhausted'])
    .nullable(),
  estimatedStreak: z.number().int().min(1).max(3).nullable(),
  volume: decimal,
  tariff: decimal,
  coefficient: decimal,
  debtStart: kopecks,
  charged: kopecks,
  recalculation: kopecks,
  paid: kopecks,
  debtEnd: kopecks,
});

/** A charge's line per meter zone: the readings used (null when estimated), volume, price, amount. */
export const chargeLineRowSchema = z.object({
  id,
  regionId: id,
  chargeId: id,
  zone,
  readingStart: decimal.nullable(),
  readingEnd: decimal.nullable(),
  volume: decimal,
  price: decimal,
  amount: kopecks,
});

export const paymentRowSchema = z.object({
  id,
  regionId: id,
  accountId: id,
  serviceId: id.nullable(),
  period,
  paidAt: timestamp,
  amount: kopecks,
  place: z.string(),
});

/** A support request; body and contact are null on kiosks, which never cache personal data. */
export const supportRequestRowSchema = z.object({
  id,
  regionId: id,
  number: z.string(),
  submissionId: z.uuid().nullable(),
  accountId: id,
  source: z.enum(['cabinet', 'kiosk', 'counter']),
  topic: z.string(),
  body: z.string().nullable(),
  contact: z.string().nullable(),
  status: z.enum(['new', 'in_progress', 'answered', 'closed']),
  createdAt: timestamp,
  updatedAt: timestamp,
});

export const supportReplyRowSchema = z.object({
  id,
  regionId: id,
  requestId: id,
  author: z.string(),
  body: z.string(),
  createdAt: timestamp,
});

export const syncEntities = {
  region: regionRowSchema,
  supplier: supplierRowSchema,
  service: serviceRowSchema,
  tariff: tariffRowSchema,
  account: accountRowSchema,
  accountService: accountServiceRowSchema,
  meter: meterRowSchema,
  reading: readingRowSchema,
  charge: chargeRowSchema,
  chargeLine: chargeLineRowSchema,
  payment: paymentRowSchema,
  supportRequest: supportRequestRowSchema,
  supportReply: supportReplyRowSchema,
} as const;
export type SyncEntity = keyof typeof syncEntities;
export type SyncRow<E extends SyncEntity> = z.infer<(typeof syncEntities)[E]>;

const upsert = <E extends SyncEntity>(entity: E) =>
  z.object({ op: z.literal('upsert'), entity: z.literal(entity), row: syncEntities[entity] });

// Nested discriminated unions (op, then entity) validate a page about six times faster than a
// plain union that tries every member: pages carry tens of thousands of changes.
export const syncChangeSchema = z.discriminatedUnion('op', [
  z.discriminatedUnion('entity', [
    upsert('region'),
    upsert('supplier'),
    upsert('service'),
    upsert('tariff'),
    upsert('account'),
    upsert('accountService'),
    upsert('meter'),
    upsert('reading'),
    upsert('charge'),
    upsert('chargeLine'),
    upsert('payment'),
    upsert('supportRequest'),
    upsert('supportReply'),
  ]),
  z.object({
    op: z.literal('delete'),
    entity: z.enum(Object.keys(syncEntities) as [SyncEntity, ...SyncEntity[]]),
    id,
  }),
]);
export type SyncChange = z.infer<typeof syncChangeSchema>;

export const syncPageSchema = z.object({
  changes: z.array(syncChangeSchema),
  /** Opaque: pass it back unchanged to get the next page. */
  cursor: z.string(),
  hasMore: z.boolean(),
  /** Rows after the request's cursor, when `withTotal=1` was asked (first page of a run). */
  total: z.number().int().nullable(),
});
export type SyncPage = z.infer<typeof syncPageSchema>;

export const SYNC_PAGE_LIMIT_DEFAULT = 2000;
export const SYNC_PAGE_LIMIT_MAX = 20000;
