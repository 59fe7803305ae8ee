import { z } from 'zod';

import {
  accountDetailsSchema,
  appStateSchema,
  sessionViewSchema,
  syncStatusSchema,
} from './views.js';
import {
  chargesViewSchema,
  readingsFormSchema,
  readingSubmitResultSchema,
  zoneValueSchema,
} from './billing-views.js';
import {
  chargesReportSchema,
  consumptionChartSchema,
  paymentsReportSchema,
  readingsReportSchema,
  reportPdfSchema,
  reportRequestSchema,
} from './report-views.js';
import { requestInputSchema, requestViewSchema } from './request-views.js';
import { registrationMethods, settingsMethods } from './identity-methods.js';

const empty = z.object({}).strict();
const login = z.string().trim().min(1).max(64);
const password = z.string().min(1).max(128);
const accountId = z.number().int().positive();
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const period = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);

/**
 * Every method the renderer may call: name → input and output schemas.
 * The preload, the preview bridge and the main-process dispatcher are all derived from this.
 */
export const methods = {
  'app.getState': { input: empty, output: appStateSchema },
  'device.enrol': {
    input: z
      .object({
        centralUrl: z.url({ protocol: /^https?$/ }).max(300),
        code: z.string().trim().min(6).max(32),
      })
      .strict(),
    output: appStateSchema,
  },
  'session.signIn': {
    input: z.object({ login, password }).strict(),
    output: sessionViewSchema,
  },
  'session.signOut': { input: empty, output: z.object({}) },
  'session.get': { input: empty, output: sessionViewSchema.nullable() },
  'accounts.getDetails': {
    input: z.object({ accountId: z.number().int().positive() }).strict(),
    output: accountDetailsSchema,
  },
  'charges.get': { input: z.object({ accountId }).strict(), output: chargesViewSchema },
  'readings.getForm': { input: z.object({ accountId }).strict(), output: readingsFormSchema },
  'readings.submit': {
    input: z
      .object({
        accountId,
        meterId: z.number().int().positive(),
        /** As typed, one per zone of the meter; checked again here and by the central service. */
        values: z
          .array(zoneValueSchema.extend({ value: z.string().max(40) }))
          .min(1)
          .max(3),
        confirmed: z.object({ rollover: z.boolean(), jump: z.boolean() }).strict(),
      })
      .strict(),
    output: readingSubmitResultSchema,
  },
  'reports.payments': {
    input: z.object({ accountId, from: isoDate, to: isoDate }).strict(),
    output: paymentsReportSchema,
  },
  'reports.charges': {
    input: z.object({ accountId, period: period.nullable() }).strict(),
    output: chargesReportSchema,
  },
  'reports.readings': {
    input: z
      .object({
        accountId,
        serviceId: z.number().int().positive().nullable(),
        from: isoDate,
        to: isoDate,
      })
      .strict(),
    output: readingsReportSchema,
  },
  'reports.consumption': {
    input: z.object({ accountId, meterId: z.number().int().positive() }).strict(),
    output: consumptionChartSchema,
  },
  'reports.pdf': { input: reportRequestSchema, output: reportPdfSchema },
  'requests.list': {
    input: z.object({ accountId }).strict(),
    output: z.array(requestViewSchema),
  },
  'requests.create': { input: requestInputSchema, output: requestViewSchema },
  'sync.getStatus': { input: empty, output: syncStatusSchema },
  'sync.runNow': { input: empty, output: syncStatusSchema },
  ...registrationMethods,
  ...settingsMethods,
} as const;

/** Events the main process pushes to the renderer: name → payload schema. */
export const events = {
  'sync.status': syncStatusSchema,
  'session.ended': z.object({ reason: z.enum(['signed_out', 'expired']) }),
  /** The outbox changed (queued, applied or rejected): screens showing statuses refresh. */
  'outbox.changed': z.object({ pending: z.number().int().min(0) }),
} as const;

export type Methods = typeof methods;
export type MethodName = keyof Methods;
export type MethodInput<M extends MethodName> = z.input<Methods[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Methods[M]['output']>;
export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;

export const methodNames = Object.keys(methods) as MethodName[];
export const eventNames = Object.keys(events) as EventName[];

/** The single IPC channel for calls and the prefix for events. */
export const IPC_INVOKE_CHANNEL = 'kabinet:invoke';
export const IPC_EVENT_CHANNEL = 'kabinet:event';
