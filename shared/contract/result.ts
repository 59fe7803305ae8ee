import { z } from 'zod';

import { identityErrorCodes } from '../sync/identity-http.js';

/** Stable error codes that cross the IPC border; the renderer maps each to a Russian sentence. */
export const errorCodes = [
  'invalid_input',
  'unknown_method',
  'forbidden_sender',
  'not_enrolled',
  'enrolment_code_invalid',
  'enrolment_code_used',
  'enrolment_code_expired',
  'central_unreachable',
  'central_error',
  'invalid_credentials',
  'account_locked',
  'not_signed_in',
  'account_not_linked',
  'not_found',
  'internal',
  // Identity (issue 4): the central's identityErrorCodes (shared/sync/identity-http.ts), plus
  // region_unknown and rate_limited as they read in registration and recovery.
  'region_unknown',
  'rate_limited',
  ...identityErrorCodes,
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export const appErrorSchema = z.object({
  code: z.enum(errorCodes),
  /** vue-i18n key under `errors.`; usually equal to the code. */
  messageKey: z.string(),
});
export type AppError = z.infer<typeof appErrorSchema>;

/** A call's outcome: never a thrown error, never a stack. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

/** Builds a successful result. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** Builds a failed result whose message key equals its code. */
export function fail<T = never>(code: ErrorCode): Result<T> {
  return { ok: false, error: { code, messageKey: `errors.${code}` } };
}

/** An error thrown inside services that carries a stable code to the border. */
export class AppFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message?: string,
  ) {
    super(message ?? code);
    this.name = 'AppFailure';
  }
}
