import { type z } from 'zod';

import { httpErrorSchema } from '../../shared/sync/http.js';
import {
  PUSH_PATH,
  PUSH_STATE_PATH,
  type PushMutation,
  type PushResponse,
  pushResponseSchema,
  type PushState,
  pushStateSchema,
} from '../../shared/sync/push.js';
import { CentralError, centralFailure, unreachable } from './central-error.js';

export interface PushClientOptions {
  /** Base URL of the central service, e.g. http://127.0.0.1:8080. */
  baseUrl: string;
  fetch: typeof fetch;
  deviceToken: string;
  /** Per-request timeout; default 30 s. */
  timeoutMs?: number;
}

/** The push half of the device-facing API. */
export interface PushClient {
  push(mutations: PushMutation[], signal?: AbortSignal): Promise<PushResponse>;
  state(signal?: AbortSignal): Promise<PushState>;
}

/**
 * Push calls over an injected `fetch`, answers parsed with the shared schemas. Failures are
 * CentralError values: 'central_unreachable' (network, timeout, cut connection), or the
 * answer's status and central code (e.g. 409 sequence_gap), or 'central_error' when malformed.
 */
export function createPushClient(options: PushClientOptions): PushClient {
  const base = options.baseUrl.replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? 30_000;

  async function call<T>(
    path: string,
    schema: z.ZodType<T>,
    body: unknown,
    signal: AbortSignal | undefined,
  ): Promise<T> {
    const timeout = AbortSignal.timeout(timeoutMs);
    let status: number;
    let payload: unknown;
    try {
      const response = await options.fetch(`${base}${path}`, {
        method: body === undefined ? 'GET' : 'POST',
        headers: {
          accept: 'application/json',
          authorization: `Device ${options.deviceToken}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        signal: signal ? AbortSignal.any([timeout, signal]) : timeout,
      });
      status = response.status;
      const text = await response.text();
      try {
        payload = text === '' ? {} : JSON.parse(text);
      } catch {
        payload = undefined;
      }
    } catch (error) {
      throw unreachable(error);
    }
    if (status < 200 || status >= 300) {
      const parsed = httpErrorSchema.safeParse(payload);
      throw centralFailure(status, parsed.success ? parsed.data.error.code : null, 'device');
    }
    const parsed = schema.safeParse(payload);
    if (!parsed.success) {
      throw new CentralError('central_error', null, status, `malformed answer to ${path}`);
    }
    return parsed.data;
  }

  return {
    push: (mutations, signal) => call(PUSH_PATH, pushResponseSchema, { mutations }, signal),
    state: (signal) => call(PUSH_STATE_PATH, pushStateSchema, undefined, signal),
  };
}
