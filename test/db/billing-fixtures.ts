import type { SyncRow } from '../../shared/sync/protocol.js';

/** Protocol rows of the billing entities for cache tests (region 1, like fixtures.ts). */

/** A deterministic UUID from a small number: 00000000-0000-4000-8000-<n as 12 hex digits>. */
export const uuid = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

export const reading = (
  n: number,
  meterId: number,
  period: string,
  value: string,
  over: Partial<SyncRow<'reading'>> = {},
): SyncRow<'reading'> => ({
  id: uuid(n),
  regionId: 1,
  meterId,
  period,
  zone: 'single',
  value,
  source: 'cabinet',
  enteredAt: `${period}-20T06:00:00.000Z`,
  status: 'accepted',
  submissionId: null,
  ...over,
});

export const charge = (
  id: number,
  accountId: number,
  serviceId: number,
  period: string,
  over: Partial<SyncRow<'charge'>> = {},
): SyncRow<'charge'> => ({
  id,
  regionId: 1,
  accountId,
  serviceId,
  supplierId: 3,
  period,
  method: 'meter',
  reason: null,
  estimatedStreak: null,
  volume: '12.50',
  tariff: '41.23',
  coefficient: '1.00',
  debtStart: 10_000,
  charged: 51_538,
  recalculation: 0,
  paid: 10_000,
  debtEnd: 51_538,
  ...over,
});

export const chargeLine = (
  id: number,
  chargeId: number,
  zone: SyncRow<'chargeLine'>['zone'] = 'single',
): SyncRow<'chargeLine'> => ({
  id,
  regionId: 1,
  chargeId,
  zone,
  readingStart: '100.5',
  readingEnd: '113',
  volume: '12.50',
  price: '41.23',
  amount: 51_538,
});

export const payment = (
  id: number,
  accountId: number,
  period: string,
  amount = 10_000,
): SyncRow<'payment'> => ({
  id,
  regionId: 1,
  accountId,
  serviceId: null,
  period,
  paidAt: `${period}-05T07:30:00.000Z`,
  amount,
  place: 'Касса ЕРЦ',
});

export const supportRequest = (
  id: number,
  accountId: number,
  over: Partial<SyncRow<'supportRequest'>> = {},
): SyncRow<'supportRequest'> => ({
  id,
  regionId: 1,
  number: `7-${id}`,
  submissionId: uuid(1000 + id),
  accountId,
  source: 'counter',
  topic: 'Перерасчёт',
  body: 'Прошу пересчитать начисление за воду',
  contact: '+79030000000',
  status: 'new',
  createdAt: '2026-02-03T05:00:00.000Z',
  updatedAt: '2026-02-03T05:00:00.000Z',
  ...over,
});

export const supportReply = (
  id: number,
  requestId: number,
  createdAt = '2026-02-04T05:00:00.000Z',
): SyncRow<'supportReply'> => ({
  id,
  regionId: 1,
  requestId,
  author: 'Оператор ЕРЦ',
  body: 'Перерасчёт выполнен',
  createdAt,
});
