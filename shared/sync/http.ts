import { z } from 'zod';

import { profileSchema } from '../contract/views.js';
import { syncEntities as syncEntitiesRef } from './protocol.js';

/** Request and response bodies of the central service's device-facing HTTP API (/api/v1). */

export const enrolRequestSchema = z
  .object({ code: z.string().trim().min(6).max(32), deviceName: z.string().min(1).max(100) })
  .strict();
export const enrolResponseSchema = z.object({
  deviceId: z.number().int(),
  deviceToken: z.string(),
  profile: profileSchema,
  region: z.object({
    id: z.number().int(),
    code: z.string(),
    name: z.string(),
    timeZone: z.string(),
  }),
});
export type EnrolResponse = z.infer<typeof enrolResponseSchema>;

export const issueCodeRequestSchema = z
  .object({
    profile: profileSchema,
    regionCode: z.string().min(1).max(40),
    ttlMinutes: z
      .number()
      .int()
      .min(1)
      .max(7 * 24 * 60)
      .default(60),
  })
  .strict();
export const issueCodeResponseSchema = z.object({ code: z.string(), expiresAt: z.string() });

export const signInRequestSchema = z
  .object({ login: z.string().trim().min(1).max(64), password: z.string().min(1).max(128) })
  .strict();
export const linkedAccountSchema = z.object({
  accountId: z.number().int(),
  number: z.string(),
  address: z.string(),
  regionId: z.number().int(),
  regionName: z.string(),
  ownerName: z.string(),
  ownerPhone: z.string().nullable(),
});
export type LinkedAccount = z.infer<typeof linkedAccountSchema>;
export const signInResponseSchema = z.object({
  sessionToken: z.string(),
  expiresAt: z.string(),
  user: z.object({
    id: z.number().int(),
    login: z.string(),
    fullName: z.string(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
  }),
  accounts: z.array(linkedAccountSchema),
});
export type SignInResponse = z.infer<typeof signInResponseSchema>;

/** Error body of every non-2xx answer: a stable code and a human message (Russian). */
export const httpErrorSchema = z.object({
  error: z.object({ code: z.string(), message: z.string() }),
});

/** Stable codes the central service answers with. */
export const centralErrorCodes = [
  'invalid_input',
  'unauthorized',
  'device_revoked',
  'invalid_credentials',
  'account_locked',
  'enrolment_code_invalid',
  'enrolment_code_used',
  'enrolment_code_expired',
  'region_unknown',
  'not_found',
  'rate_limited',
  'admin_disabled',
  'sequence_gap',
  'sequence_conflict',
  'period_already_closed',
  'period_not_ended',
  'period_out_of_order',
  'billing_setup_incomplete',
  'internal',
] as const;

/** GET /api/v1/me/accounts/:accountId (session): an account outside the device's region, fetched live. */
export const accountBundleSchema = z.object({
  region: syncEntitiesRef.region,
  account: syncEntitiesRef.account,
  accountServices: z.array(syncEntitiesRef.accountService),
  services: z.array(syncEntitiesRef.service),
  tariffs: z.array(syncEntitiesRef.tariff),
  suppliers: z.array(syncEntitiesRef.supplier),
  meters: z.array(syncEntitiesRef.meter),
});
export type AccountBundle = z.infer<typeof accountBundleSchema>;

/**
 * An account's billing history in protocol shape: the last 13 billed periods' charges with their
 * lines, the readings of its meters over the same span, its payments, and its support requests
 * with replies. The cache answers it (db/account-billing.ts) for accounts of the device's region;
 * the central service answers `GET /api/v1/me/accounts/:id/billing` for the signed-in person's
 * other accounts, so callers compose both the same way.
 */
export const accountBillingSchema = z.object({
  charges: z.array(syncEntitiesRef.charge),
  chargeLines: z.array(syncEntitiesRef.chargeLine),
  readings: z.array(syncEntitiesRef.reading),
  payments: z.array(syncEntitiesRef.payment),
  requests: z.array(syncEntitiesRef.supportRequest),
  replies: z.array(syncEntitiesRef.supportReply),
});
export type AccountBilling = z.infer<typeof accountBillingSchema>;
/** How many billed periods an account's billing history reaches back. */
export const ACCOUNT_BILLING_PERIODS = 13;
