import { z } from 'zod';

import { accountHeadingSchema, chargeServiceViewSchema, zoneSchema } from './billing-views.js';

/** Views of "Отчеты" (Рис. 15, 27, 28) and the 12-month consumption chart. */

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const period = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);

export const dateRangeSchema = z.object({ from: isoDate, to: isoDate }).strict();

export const paymentsReportSchema = accountHeadingSchema.extend({
  from: isoDate,
  to: isoDate,
  payments: z.array(
    z.object({
      paymentId: z.number().int(),
      paidAt: z.string(),
      place: z.string(),
      amount: z.number().int(),
      serviceName: z.string().nullable(),
      period,
    }),
  ),
  total: z.number().int(),
});
export type PaymentsReport = z.infer<typeof paymentsReportSchema>;

export const chargesReportSchema = accountHeadingSchema.extend({
  /** The six periods one may choose from, newest first. */
  availablePeriods: z.array(period),
  periods: z.array(
    z.object({ period, services: z.array(chargeServiceViewSchema), total: z.number().int() }),
  ),
});
export type ChargesReport = z.infer<typeof chargesReportSchema>;

/** Status as the manual shows it: accepted readings are "Успешно". */
export const readingReportStatusSchema = z.enum(['accepted', 'queued', 'rejected']);

export const readingsReportSchema = accountHeadingSchema.extend({
  from: isoDate,
  to: isoDate,
  rows: z.array(
    z.object({
      key: z.string(),
      meterId: z.number().int(),
      serviceName: z.string(),
      kind: z.enum(['individual', 'common']),
      zones: z.number().int().min(1).max(3),
      serial: z.string(),
      unit: z.string(),
      zone: zoneSchema,
      start: z.object({ date: isoDate, value: z.string() }).nullable(),
      entered: z.object({ date: isoDate, value: z.string() }),
      period: period.nullable(),
      status: readingReportStatusSchema,
      reason: z.string().nullable(),
      source: z.enum(['cabinet', 'kiosk', 'counter', 'automatic', 'average', 'normative']),
    }),
  ),
});
export type ReadingsReport = z.infer<typeof readingsReportSchema>;

export const consumptionChartSchema = z.object({
  meterId: z.number().int(),
  serial: z.string(),
  serviceName: z.string(),
  unit: z.string(),
  zones: z.array(zoneSchema),
  /** The last 12 billed periods, oldest first; a null volume is a period without data. */
  points: z.array(
    z.object({
      period,
      volumes: z.array(z.object({ zone: zoneSchema, volume: z.string().nullable() })),
      method: z.enum(['meter', 'average', 'normative']).nullable(),
    }),
  ),
});
export type ConsumptionChart = z.infer<typeof consumptionChartSchema>;

const accountId = z.number().int().positive();
export const reportRequestSchema = z.discriminatedUnion('report', [
  z.object({ report: z.literal('payments'), accountId, from: isoDate, to: isoDate }).strict(),
  z.object({ report: z.literal('charges'), accountId, period: period.nullable() }).strict(),
  z
    .object({
      report: z.literal('readings'),
      accountId,
      serviceId: z.number().int().positive().nullable(),
      from: isoDate,
      to: isoDate,
    })
    .strict(),
]);
export type ReportRequest = z.infer<typeof reportRequestSchema>;

export const reportPdfSchema = z.object({
  fileName: z.string(),
  /** The PDF file, base64-encoded. */
  contentBase64: z.string(),
});
