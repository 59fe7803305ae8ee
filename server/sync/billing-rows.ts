import type { Selectable } from 'kysely';

import type { DeviceProfile } from '../../shared/contract/views.js';
import type { SyncRow } from '../../shared/sync/protocol.js';
import type { Database } from '../db/schema.js';
import { trimDecimal } from './decimal.js';

/**
 * Maps central billing rows (readings, charges and their lines, payments, support requests and
 * replies) to protocol rows: camelCase, trimmed decimals, timestamps as ISO instants in UTC.
 */

type Row<T extends keyof Database> = Selectable<Database[T]>;

/** An ISO instant ending in 'Z', whether the driver gave a Date or a timestamptz string. */
export function isoInstant(value: Date | string): string {
  return (value instanceof Date ? value : new Date(value)).toISOString();
}

/** Meter readings keep only the digits they have: "12345.0000" → "12345", "12.3400" → "12.34". */
const readingValue = (value: string | number) => trimDecimal(String(value), 0);
const nullableReading = (value: string | null) => (value === null ? null : readingValue(value));

export const toReadingRow = (r: Row<'readings'>): SyncRow<'reading'> => ({
  id: r.id,
  regionId: r.region_id,
  meterId: r.meter_id,
  period: r.period,
  zone: r.zone,
  value: readingValue(r.value),
  source: r.source,
  enteredAt: isoInstant(r.entered_at),
  status: r.status,
  submissionId: r.submission_id,
});

export const toChargeRow = (r: Row<'charges'>): SyncRow<'charge'> => ({
  id: r.id,
  regionId: r.region_id,
  accountId: r.account_id,
  serviceId: r.service_id,
  supplierId: r.supplier_id,
  period: r.period,
  method: r.method,
  reason: r.reason,
  estimatedStreak: r.estimated_streak,
  volume: trimDecimal(String(r.volume)),
  tariff: trimDecimal(String(r.tariff)),
  coefficient: trimDecimal(String(r.coefficient)),
  debtStart: r.debt_start,
  charged: r.charged,
  recalculation: r.recalculation,
  paid: r.paid,
  debtEnd: r.debt_end,
});

export const toChargeLineRow = (r: Row<'charge_lines'>): SyncRow<'chargeLine'> => ({
  id: r.id,
  regionId: r.region_id,
  chargeId: r.charge_id,
  zone: r.zone,
  readingStart: nullableReading(r.reading_start),
  readingEnd: nullableReading(r.reading_end),
  volume: trimDecimal(String(r.volume)),
  price: trimDecimal(String(r.price)),
  amount: r.amount,
});

export const toPaymentRow = (r: Row<'payments'>): SyncRow<'payment'> => ({
  id: r.id,
  regionId: r.region_id,
  accountId: r.account_id,
  serviceId: r.service_id,
  period: r.period,
  paidAt: isoInstant(r.paid_at),
  amount: r.amount,
  place: r.place,
});

/**
 * A request's text and contact are a resident's personal data: kiosks never receive them;
 * counters and the resident's own session do.
 */
export const toSupportRequestRow = (
  r: Row<'support_requests'>,
  audience: DeviceProfile | 'owner',
): SyncRow<'supportRequest'> => {
  const personal = audience !== 'kiosk';
  return {
    id: r.id,
    regionId: r.region_id,
    number: r.number,
    submissionId: r.submission_id,
    accountId: r.account_id,
    source: r.source,
    topic: r.topic,
    body: personal ? r.body : null,
    contact: personal ? r.contact : null,
    status: r.status,
    createdAt: isoInstant(r.created_at),
    updatedAt: isoInstant(r.updated_at),
  };
};

export const toSupportReplyRow = (r: Row<'support_request_replies'>): SyncRow<'supportReply'> => ({
  id: r.id,
  regionId: r.region_id,
  requestId: r.request_id,
  author: r.author,
  body: r.body,
  createdAt: isoInstant(r.created_at),
});
