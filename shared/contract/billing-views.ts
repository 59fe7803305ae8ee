import { z } from 'zod';

/** Views of "Начисления и платежи" (Рис. 13, 20, 21) and "Ввод показаний" (Рис. 14, 17–19). */

const kopecks = z.number().int();
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const period = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);
export const zoneSchema = z.enum(['single', 'T1', 'T2', 'T3']);

/** Where the account stands in the header of every section (Рис. 13, 14). */
export const accountHeadingSchema = z.object({
  accountId: z.number().int(),
  number: z.string(),
  address: z.string(),
  regionName: z.string(),
  ownerName: z.string(),
});

export const chargeLineViewSchema = z.object({
  zone: zoneSchema,
  /** Readings used, as exact decimals; null when the volume was estimated. */
  readingStart: z.string().nullable(),
  readingEnd: z.string().nullable(),
  volume: z.string(),
  price: z.string(),
  amount: kopecks,
});

export const chargeServiceViewSchema = z.object({
  chargeId: z.number().int(),
  serviceId: z.number().int(),
  serviceName: z.string(),
  unit: z.string(),
  supplierName: z.string(),
  /** Exact decimal in roubles (for multi-zone meters the volume-weighted price; see lines). */
  tariff: z.string(),
  /** Debt (+) or overpayment (−) at the start of the period. */
  debtStart: kopecks,
  paid: kopecks,
  volume: z.string(),
  charged: kopecks,
  recalculation: kopecks,
  /** debtStart + charged + recalculation − paid. */
  toPay: kopecks,
  coefficient: z.string(),
  method: z.enum(['meter', 'average', 'normative', 'area']),
  reason: z
    .enum(['no_reading', 'verification_expired', 'no_meter', 'average_exhausted'])
    .nullable(),
  /** For a charge by average: which period in a row without readings (1..3). */
  estimatedStreak: z.number().int().min(1).max(3).nullable(),
  lines: z.array(chargeLineViewSchema),
  meterSerials: z.array(z.string()),
});
export type ChargeServiceView = z.infer<typeof chargeServiceViewSchema>;

export const chargesViewSchema = accountHeadingSchema.extend({
  /** The latest billed period, null when the cache holds no charges for the account yet. */
  period: period.nullable(),
  /** "Информация о начислениях на …": the first day after the period. */
  asOf: isoDate.nullable(),
  /** Payment due date computed from the period (10th before March 2026, 15th from it). */
  dueDate: isoDate.nullable(),
  services: z.array(chargeServiceViewSchema),
  total: kopecks,
});
export type ChargesView = z.infer<typeof chargesViewSchema>;

export const zoneValueSchema = z.object({ zone: zoneSchema, value: z.string() });
export const zoneMaybeValueSchema = z.object({ zone: zoneSchema, value: z.string().nullable() });

export const submissionStatusSchema = z.enum(['queued', 'applied', 'rejected']);
export type SubmissionStatus = z.infer<typeof submissionStatusSchema>;

/** A reading this device sent (or is sending) through the outbox. */
export const submissionViewSchema = z.object({
  submissionId: z.string(),
  values: z.array(zoneValueSchema),
  enteredAt: z.string(),
  status: submissionStatusSchema,
  /** The server's reason, in Russian, when rejected. */
  reason: z.string().nullable(),
  /** The period it counts for, once the server has applied it. */
  period: period.nullable(),
});
export type SubmissionView = z.infer<typeof submissionViewSchema>;

export const readingWindowViewSchema = z.object({
  fromDay: z.number().int(),
  toDay: z.number().int(),
  inWindow: z.boolean(),
  /** Days left including today, inside the window. */
  daysLeft: z.number().int().nullable(),
  /** The next opening date, outside the window. */
  opensOn: isoDate.nullable(),
  /** The period a reading entered now counts for. */
  period,
});

export const readingMeterViewSchema = z.object({
  meterId: z.number().int(),
  serviceName: z.string(),
  unit: z.string(),
  kind: z.enum(['individual', 'common']),
  zones: z.number().int().min(1).max(3),
  serial: z.string(),
  digitCapacity: z.number().int(),
  fractionDigits: z.number().int(),
  nextVerificationOn: isoDate,
  verificationOverdue: z.boolean(),
  /** "Показания на начало периода": the last accepted reading before the current period, per zone. */
  start: z.array(zoneMaybeValueSchema),
  startDate: isoDate.nullable(),
  /** What a new reading is checked against: the latest accepted or queued value, per zone. */
  previous: z.array(zoneMaybeValueSchema),
  /** Average monthly consumption over the previous 6 months, per zone. */
  averageMonthly: z.array(zoneMaybeValueSchema),
  /** The latest reading entered for this meter in the current period, from any device. */
  entered: submissionViewSchema.nullable(),
  window: readingWindowViewSchema,
});
export type ReadingMeterView = z.infer<typeof readingMeterViewSchema>;

export const readingsFormSchema = accountHeadingSchema.extend({
  /** Today on the region's calendar. */
  today: isoDate,
  meters: z.array(readingMeterViewSchema),
});
export type ReadingsForm = z.infer<typeof readingsFormSchema>;

/** One problem of a typed value (shared/domain/readings.ts ReadingProblem, as data). */
export const readingProblemSchema = z.discriminatedUnion('code', [
  z.object({ code: z.literal('empty') }),
  z.object({ code: z.literal('not_a_number') }),
  z.object({ code: z.literal('negative') }),
  z.object({ code: z.literal('too_many_digits'), capacity: z.number().int() }),
  z.object({ code: z.literal('fraction_not_allowed') }),
  z.object({ code: z.literal('too_many_fraction_digits'), allowed: z.number().int() }),
  z.object({ code: z.literal('less_than_previous'), previous: z.string() }),
  z.object({ code: z.literal('rollover'), previous: z.string(), consumption: z.string() }),
  z.object({
    code: z.literal('jump'),
    consumption: z.string(),
    averageMonthly: z.string(),
    ratio: z.string(),
  }),
]);

export const readingSubmitResultSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('queued'),
    submission: submissionViewSchema,
    /** The period the reading counts for by the supplier's window (the server confirms). */
    expectedPeriod: period,
  }),
  z.object({
    status: z.literal('needs_fix'),
    /** Errors to correct and warnings not yet confirmed, per zone. */
    problems: z.array(z.object({ zone: zoneSchema, problem: readingProblemSchema })),
  }),
]);
export type ReadingSubmitResult = z.infer<typeof readingSubmitResultSchema>;
