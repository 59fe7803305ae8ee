import { z } from 'zod';

import { requestTopicSchema } from '../contract/request-views.js';

/**
 * Push-sync protocol: a device's outbox of mutations, applied exactly once by the central service.
 * POST /api/v1/sync/push with `Authorization: Device <token>` and a batch of mutations in seq
 * order; GET /api/v1/sync/push/state answers the device's last applied seq.
 * Each mutation carries a per-device seq (strictly increasing by 1) and a client UUID. The
 * server stores the device's last applied seq with each result in the same transaction, so a
 * repeated mutation returns its stored result instead of applying twice. A rejection is a
 * result (status 'rejected' with a Russian reason), never an HTTP error.
 */

export const PUSH_PATH = '/api/v1/sync/push';
export const PUSH_STATE_PATH = '/api/v1/sync/push/state';
export const PUSH_BATCH_MAX = 500;

export const meterZoneSchema = z.enum(['single', 'T1', 'T2', 'T3']);
export type MeterZone = z.infer<typeof meterZoneSchema>;

/** A non-negative decimal as typed: digits with an optional fraction ("0123", "12.5"). */
const readingValue = z.string().regex(/^\d{1,16}([.,]\d{1,8})?$/);

export const readingSourceSchema = z.enum(['cabinet', 'kiosk', 'counter']);

export const readingSubmitPayloadSchema = z
  .object({
    meterId: z.number().int().positive(),
    /** The signed-in resident at entry; null for staff at a counter. */
    userId: z.number().int().positive().nullable(),
    source: readingSourceSchema,
    enteredAt: z.iso.datetime({ offset: true }),
    values: z
      .array(z.object({ zone: meterZoneSchema, value: readingValue }).strict())
      .min(1)
      .max(3)
      .refine((values) => new Set(values.map((v) => v.zone)).size === values.length, {
        message: 'zones repeat',
      }),
    confirmed: z.object({ rollover: z.boolean(), jump: z.boolean() }).strict(),
  })
  .strict();
export type ReadingSubmitPayload = z.infer<typeof readingSubmitPayloadSchema>;

/**
 * A support request's number: '<device id>-<n>', n zero-padded to 6 digits, formed on the device
 * that took it (so it exists offline). The server may append '-<k>' on a collision.
 */
export const requestNumberSchema = z.string().regex(/^[1-9]\d{0,9}-\d{6,12}$/);

/** Filing a support request ("Заявки"). Body and contact are never blank. */
export const requestCreatePayloadSchema = z
  .object({
    number: requestNumberSchema,
    accountId: z.number().int().positive().max(2_147_483_647),
    /** The signed-in resident; null for staff at a counter (any account of the device's region). */
    userId: z.number().int().positive().max(2_147_483_647).nullable(),
    source: readingSourceSchema,
    topic: requestTopicSchema,
    body: z.string().min(1).max(2000).regex(/\S/),
    contact: z.string().min(1).max(120).regex(/\S/),
    createdAt: z.iso.datetime({ offset: true }),
  })
  .strict();
export type RequestCreatePayload = z.infer<typeof requestCreatePayloadSchema>;

export const requestCreateMutationSchema = z
  .object({
    seq: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
    id: z.uuid(),
    kind: z.literal('request.create'),
    payload: requestCreatePayloadSchema,
  })
  .strict();
export type RequestCreateMutation = z.infer<typeof requestCreateMutationSchema>;

export const readingSubmitMutationSchema = z
  .object({
    seq: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
    id: z.uuid(),
    kind: z.literal('reading.submit'),
    payload: readingSubmitPayloadSchema,
  })
  .strict();
export type ReadingSubmitMutation = z.infer<typeof readingSubmitMutationSchema>;

/** Every kind of mutation a device pushes, told apart by `kind`. */
export const pushMutationSchema = z.discriminatedUnion('kind', [
  readingSubmitMutationSchema,
  requestCreateMutationSchema,
]);
export type PushMutation = z.infer<typeof pushMutationSchema>;

export const pushRequestSchema = z
  .object({
    mutations: z
      .array(pushMutationSchema)
      .min(1)
      .max(PUSH_BATCH_MAX)
      .refine((list) => list.every((m, i) => i === 0 || m.seq === list[i - 1]!.seq + 1), {
        message: 'seq must increase by 1 within a batch',
      }),
  })
  .strict();
export type PushRequest = z.infer<typeof pushRequestSchema>;

export const pushReasonSchema = z.object({ code: z.string(), message: z.string() });
export type PushReason = z.infer<typeof pushReasonSchema>;

export const pushResultSchema = z.object({
  seq: z.number().int().positive(),
  id: z.uuid(),
  status: z.enum(['applied', 'rejected']),
  /** Why it was rejected (a stable code and a Russian message saying what to do); null when applied. */
  reason: pushReasonSchema.nullable(),
  /** The billing period the reading counts for, when applied. */
  period: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
    .nullable(),
});
export type PushResult = z.infer<typeof pushResultSchema>;

export const pushResponseSchema = z.object({
  results: z.array(pushResultSchema),
  lastAppliedSeq: z.number().int().min(0),
});
export type PushResponse = z.infer<typeof pushResponseSchema>;

export const pushStateSchema = z.object({ lastAppliedSeq: z.number().int().min(0) });
export type PushState = z.infer<typeof pushStateSchema>;

/** Stable codes of rejected readings (the reason's `code`); see server/readings/reasons.ts. */
export const readingRejectionCodes = [
  'meter_unknown',
  'meter_other_region',
  'user_not_linked',
  'zones_mismatch',
  'empty',
  'not_a_number',
  'negative',
  'too_many_digits',
  'fraction_not_allowed',
  'too_many_fraction_digits',
  'less_than_previous',
  'rollover_unconfirmed',
  'jump_unconfirmed',
] as const;
export type ReadingRejectionCode = (typeof readingRejectionCodes)[number];

/** Stable codes of rejected support requests; see server/requests/reasons.ts. */
export const requestRejectionCodes = [
  'account_unknown',
  'account_other_region',
  'user_not_linked',
  'staff_only',
] as const;
export type RequestRejectionCode = (typeof requestRejectionCodes)[number];
