import { z } from 'zod';

import {
  type AccountBilling,
  accountBillingSchema,
  type AccountBundle,
  accountBundleSchema,
  type EnrolResponse,
  enrolResponseSchema,
  httpErrorSchema,
  type SignInResponse,
  signInResponseSchema,
} from '../../shared/sync/http.js';
import { type SyncPage, syncPageSchema } from '../../shared/sync/protocol.js';
import { type CallScope, CentralError, centralFailure, unreachable } from './central-error.js';

export interface CentralClientOptions {
  /** Base URL of the central service, e.g. http://127.0.0.1:8080 (no trailing /api). */
  baseUrl: string;
  fetch: typeof fetch;
  /** The device's credential; needed for everything but enrol(). */
  deviceToken?: string | null;
  /** Per-request timeout; default 15 s. */
  timeoutMs?: number;
}

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

interface Call<T> {
  method: 'GET' | 'POST';
  path: string;
  scope: CallScope;
  schema: z.ZodType<T>;
  body?: unknown;
  sessionToken?: string;
  signal?: AbortSignal;
}

/**
 * Builds a client over an injected `fetch`. Every answer is parsed with the shared zod
 * schemas; a network failure or timeout becomes CentralError('central_unreachable'), an
 * error answer its contract code (see central-error.ts), a malformed answer 'central_error'.
 */
export function createCentralClient(options: CentralClientOptions): CentralClient {
  const base = options.baseUrl.replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? 15_000;

  async function call<T>(c: Call<T>): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (c.body !== undefined) headers['content-type'] = 'application/json';
    if (options.deviceToken) headers.authorization = `Device ${options.deviceToken}`;
    if (c.sessionToken) headers['x-session-token'] = c.sessionToken;
    const timeout = AbortSignal.timeout(timeoutMs);
    let response: Response;
    try {
      response = await options.fetch(`${base}${c.path}`, {
        method: c.method,
        headers,
        ...(c.body !== undefined ? { body: JSON.stringify(c.body) } : {}),
        signal: c.signal ? AbortSignal.any([timeout, c.signal]) : timeout,
      });
    } catch (error) {
      throw unreachable(error);
    }
    let payload: unknown = undefined;
    try {
      const text = await response.text();
      payload = text === '' ? {} : JSON.parse(text);
    } catch (error) {
      if (
        error instanceof Error &&
        (error.name === 'AbortError' || error.name === 'TimeoutError')
      ) {
        throw unreachable(error);
      }
      payload = undefined;
    }
    if (!response.ok) {
      const parsed = httpErrorSchema.safeParse(payload);
      throw centralFailure(
        response.status,
        parsed.success ? parsed.data.error.code : null,
        c.scope,
      );
    }
    const parsed = c.schema.safeParse(payload);
    if (!parsed.success) {
      throw new CentralError(
        'central_error',
        null,
        response.status,
        `malformed answer to ${c.path}`,
      );
    }
    return parsed.data;
  }

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
