import { z } from 'zod';

import {
  type AccountBilling,
  accountBillingSchema,
  type AccountBundle,
  accountBundleSchema,
  type EnrolResponse,
  enrolResponseSchema,
  type SignInResponse,
  signInResponseSchema,
} from '../../shared/sync/http.js';
import { type SyncPage, syncPageSchema } from '../../shared/sync/protocol.js';
import { type CentralCallOptions, createCentralCall } from './central-call.js';

/** Base URL, fetch, device token and timeout of the central service (see central-call.ts). */
export type CentralClientOptions = CentralCallOptions;

export interface PullRequest {
  cursor: string | null;
  limit: number;
  withTotal: boolean;
}

/** The device-facing HTTP API of the central service, typed and validated. */
export interface CentralClient {
  enrol(code: string, deviceName: string): Promise<EnrolResponse>;
  pull(request: PullRequest, signal?: AbortSignal): Promise<SyncPage>;
  signIn(login: string, password: string): Promise<SignInResponse>;
  signOut(sessionToken: string): Promise<void>;
  accountBundle(sessionToken: string, accountId: number): Promise<AccountBundle>;
  /** The signed-in resident's account's billing history (last 13 billed periods), fetched live. */
  accountBilling(sessionToken: string, accountId: number): Promise<AccountBilling>;
}

/**
 * Builds a client over an injected `fetch`. Every answer is parsed with the shared zod
 * schemas; a network failure or timeout becomes CentralError('central_unreachable'), an
 * error answer its contract code (see central-error.ts), a malformed answer 'central_error'.
 */
export function createCentralClient(options: CentralClientOptions): CentralClient {
  const call = createCentralCall(options);

  return {
    enrol: (code, deviceName) =>
      call({
        method: 'POST',
        path: '/api/v1/devices/enrol',
        scope: 'device',
        schema: enrolResponseSchema,
        body: { code, deviceName },
      }),
    pull: ({ cursor, limit, withTotal }, signal) => {
      const query = new URLSearchParams({ limit: String(limit) });
      if (cursor !== null) query.set('cursor', cursor);
      if (withTotal) query.set('withTotal', '1');
      return call({
        method: 'GET',
        path: `/api/v1/sync/pull?${query.toString()}`,
        scope: 'device',
        schema: syncPageSchema,
        ...(signal ? { signal } : {}),
      });
    },
    signIn: (login, password) =>
      call({
        method: 'POST',
        path: '/api/v1/auth/sign-in',
        scope: 'device',
        schema: signInResponseSchema,
        body: { login, password },
      }),
    signOut: async (sessionToken) => {
      await call({
        method: 'POST',
        path: '/api/v1/auth/sign-out',
        scope: 'session',
        schema: z.unknown(),
        sessionToken,
      });
    },
    accountBundle: (sessionToken, accountId) =>
      call({
        method: 'GET',
        path: `/api/v1/me/accounts/${encodeURIComponent(String(accountId))}`,
        scope: 'session',
        schema: accountBundleSchema,
        sessionToken,
      }),
    accountBilling: (sessionToken, accountId) =>
      call({
        method: 'GET',
        path: `/api/v1/me/accounts/${encodeURIComponent(String(accountId))}/billing`,
        scope: 'session',
        schema: accountBillingSchema,
        sessionToken,
      }),
  };
}
