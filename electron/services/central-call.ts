import type { z } from 'zod';

import { httpErrorSchema } from '../../shared/sync/http.js';
import { type CallScope, CentralError, centralFailure, unreachable } from './central-error.js';

export interface CentralCallOptions {
  /** Base URL of the central service, e.g. http://127.0.0.1:8080 (no trailing /api). */
  baseUrl: string;
  fetch: typeof fetch;
  /** The device's credential; needed for everything but enrol(). */
  deviceToken?: string | null;
  /** Per-request timeout; default 15 s. */
  timeoutMs?: number;
}

/** One request to the central service and the schema its answer must pass. */
export interface CentralCall<T> {
  method: 'GET' | 'POST' | 'DELETE';
  path: string;
  scope: CallScope;
  schema: z.ZodType<T>;
  body?: unknown;
  sessionToken?: string;
  signal?: AbortSignal;
}

/** Turns an error answer (status and the central's own code) into the error to throw. */
export type FailureMapper = (
  status: number,
  centralCode: string | null,
  scope: CallScope,
) => CentralError;

/**
 * The one way the device talks HTTP to its central service: JSON in and out over an injected
 * `fetch`, the device token and session token as headers, a timeout. Every answer is parsed with
 * the call's zod schema; a network failure or timeout becomes CentralError('central_unreachable'),
 * an error answer whatever `mapFailure` says (default: central-error.ts), a malformed answer
 * 'central_error'.
 */
export function createCentralCall(
  options: CentralCallOptions,
  mapFailure: FailureMapper = centralFailure,
): <T>(c: CentralCall<T>) => Promise<T> {
  const base = options.baseUrl.replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? 15_000;

  return async function call<T>(c: CentralCall<T>): Promise<T> {
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
      throw mapFailure(response.status, parsed.success ? parsed.data.error.code : null, c.scope);
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
  };
}
