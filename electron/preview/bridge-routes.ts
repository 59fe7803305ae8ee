import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

import { type EventName, fail, type Result } from '../../shared/contract/index.js';
import type { MainServices } from '../services/main-services.js';
import { BRIDGE_TOKEN_HEADER } from './bridge-paths.js';

const MAX_BODY_BYTES = 256 * 1024;

/** Constant-time token check: 'missing' → 401, 'wrong' → 403. */
export function checkToken(
  presented: string | null | undefined,
  token: string,
): 'ok' | 'missing' | 'wrong' {
  if (presented === null || presented === undefined || presented === '') return 'missing';
  const a = Buffer.from(presented);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b) ? 'ok' : 'wrong';
}

export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response
    .writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
    })
    .end(JSON.stringify(body));
}

async function readBody(request: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * `POST /__bridge/invoke` {method, input} → the dispatcher's Result as JSON (200 whatever the
 * outcome: errors are values). A malformed request is 400 with an `invalid_input` value.
 */
export async function handleInvoke(
  request: IncomingMessage,
  response: ServerResponse,
  services: Pick<MainServices, 'dispatch'>,
): Promise<void> {
  if (request.method !== 'POST') return sendJson(response, 405, fail('invalid_input'));
  if (!String(request.headers['content-type'] ?? '').startsWith('application/json')) {
    return sendJson(response, 415, fail('invalid_input'));
  }
  const text = await readBody(request);
  if (text === null) return sendJson(response, 413, fail('invalid_input'));
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return sendJson(response, 400, fail('invalid_input'));
  }
  const { method, input } = (typeof body === 'object' && body !== null ? body : {}) as {
    method?: unknown;
    input?: unknown;
  };
  if (typeof method !== 'string') return sendJson(response, 400, fail('invalid_input'));
  let result: Result<unknown>;
  try {
    result = await services.dispatch(method, input);
  } catch {
    result = fail('internal');
  }
  sendJson(response, 200, result);
}

/** Server-Sent Events: every service event reaches every open page. */
export function createEventStream(services: Pick<MainServices, 'onEvent'>) {
  const clients = new Set<ServerResponse>();
  const unsubscribe = services.onEvent((name: EventName, payload: unknown) => {
    const frame = `data: ${JSON.stringify({ name, payload })}\n\n`;
    for (const client of clients) client.write(frame);
  });
  const heartbeat = setInterval(
    () => clients.forEach((client) => client.write(': ping\n\n')),
    20_000,
  );
  heartbeat.unref();
  return {
    open(response: ServerResponse): void {
      response.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        connection: 'keep-alive',
      });
      response.write(': connected\n\n');
      clients.add(response);
      response.on('close', () => clients.delete(response));
    },
    close(): void {
      clearInterval(heartbeat);
      unsubscribe();
      for (const client of clients) client.end();
      clients.clear();
    },
  };
}

export function tokenFromHeader(request: IncomingMessage): string | undefined {
  const value = request.headers[BRIDGE_TOKEN_HEADER];
  return Array.isArray(value) ? value[0] : value;
}
