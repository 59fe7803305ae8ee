import { z } from 'zod';

import type { ErrorCode } from '../../../shared/contract/result.js';
import {
  type Captcha,
  captchaSchema,
  IDENTITY_PATHS,
  identityErrorCodes,
  type RecoveryState,
  type recoveryStartSchema,
  recoveryStateSchema,
  regionChoiceSchema,
  type registrationStartSchema,
  type RegistrationState,
  registrationStateSchema,
} from '../../../shared/sync/identity-http.js';
import { type CentralCallOptions, createCentralCall } from '../central-call.js';
import { type CallScope, CentralError, centralFailure } from '../central-error.js';

export type RegionChoice = z.infer<typeof regionChoiceSchema>;
export type RegistrationStart = z.infer<typeof registrationStartSchema>;
export type RecoveryStart = z.infer<typeof recoveryStartSchema>;

/** The central's registration and recovery API (shared/sync/identity-http.ts), device-authorised. */
export interface IdentityClient {
  regions(): Promise<RegionChoice[]>;
  /** A new challenge; `previous` (the one it replaces, "Обновить код") is spent by the central. */
  captcha(previous?: string | null): Promise<Captcha>;
  startRegistration(input: RegistrationStart): Promise<RegistrationState>;
  linkAccount(registrationId: string, accountNumber: string): Promise<RegistrationState>;
  confirmRegistration(registrationId: string): Promise<RegistrationState>;
  resendRegistration(registrationId: string): Promise<RegistrationState>;
  verifyRegistration(registrationId: string, code: string): Promise<RegistrationState>;
  registrationStatus(registrationId: string): Promise<RegistrationState>;
  startRecovery(input: RecoveryStart): Promise<RecoveryState>;
  resendRecovery(recoveryId: string): Promise<RecoveryState>;
  verifyRecovery(recoveryId: string, code: string): Promise<RecoveryState>;
  recoveryStatus(recoveryId: string): Promise<RecoveryState>;
  setRecoveredPassword(recoveryId: string, password: string): Promise<RecoveryState>;
}

// The identity API's own codes cross to the renderer as they are. rate_limited too: here it
// means "too many registrations or recoveries, wait", not a sign-in lockout (central-error.ts).
const passThrough = new Set<string>([...identityErrorCodes, 'region_unknown', 'rate_limited']);

/** Error answers of the identity API: its own codes pass through, others as for any central call. */
export function identityFailure(
  status: number,
  centralCode: string | null,
  scope: CallScope,
): CentralError {
  if (!centralCode || !passThrough.has(centralCode)) {
    return centralFailure(status, centralCode, scope);
  }
  return new CentralError(
    centralCode as ErrorCode,
    centralCode,
    status,
    `central answered ${status} ${centralCode}`,
  );
}

/** A path of IDENTITY_PATHS with its `:id` filled in (the id is encoded, never trusted raw). */
const withId = (path: string, id: string) => path.replace(':id', encodeURIComponent(id));

/**
 * A client of the identity API over an injected `fetch`, carrying the device token. Every answer
 * is parsed with the contract's schemas; failures are CentralErrors with contract codes.
 */
export function createIdentityClient(options: CentralCallOptions): IdentityClient {
  const call = createCentralCall(options, identityFailure);
  const post = <T>(path: string, schema: z.ZodType<T>, body?: unknown) =>
    call({
      method: 'POST',
      path,
      scope: 'device',
      schema,
      ...(body !== undefined ? { body } : {}),
    });
  const get = <T>(path: string, schema: z.ZodType<T>) =>
    call({ method: 'GET', path, scope: 'device', schema });

  return {
    regions: () => get(IDENTITY_PATHS.regions, z.array(regionChoiceSchema)),
    captcha: (previous) => {
      const query = previous ? `?${new URLSearchParams({ previous }).toString()}` : '';
      return get(`${IDENTITY_PATHS.captcha}${query}`, captchaSchema);
    },
    startRegistration: (input) =>
      post(IDENTITY_PATHS.registrationStart, registrationStateSchema, input),
    linkAccount: (id, accountNumber) =>
      post(withId(IDENTITY_PATHS.registrationAccount, id), registrationStateSchema, {
        accountNumber,
      }),
    confirmRegistration: (id) =>
      post(withId(IDENTITY_PATHS.registrationConfirm, id), registrationStateSchema),
    resendRegistration: (id) =>
      post(withId(IDENTITY_PATHS.registrationResend, id), registrationStateSchema),
    verifyRegistration: (id, code) =>
      post(withId(IDENTITY_PATHS.registrationVerify, id), registrationStateSchema, { code }),
    registrationStatus: (id) =>
      get(withId(IDENTITY_PATHS.registrationStatus, id), registrationStateSchema),
    startRecovery: (input) => post(IDENTITY_PATHS.recoveryStart, recoveryStateSchema, input),
    resendRecovery: (id) => post(withId(IDENTITY_PATHS.recoveryResend, id), recoveryStateSchema),
    verifyRecovery: (id, code) =>
      post(withId(IDENTITY_PATHS.recoveryVerify, id), recoveryStateSchema, { code }),
    recoveryStatus: (id) => get(withId(IDENTITY_PATHS.recoveryStatus, id), recoveryStateSchema),
    setRecoveredPassword: (id, password) =>
      post(withId(IDENTITY_PATHS.recoveryPassword, id), recoveryStateSchema, { password }),
  };
}
