import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

import { fail } from '../../shared/contract/index.js';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/content-security-policy.js';
import type { MainServices } from '../services/main-services.js';
import { BRIDGE_CLIENT_PATH, BRIDGE_EVENTS_PATH, BRIDGE_INVOKE_PATH } from './bridge-paths.js';
import {
  checkToken,
  createEventStream,
  handleInvoke,
  sendJson,
  tokenFromHeader,
} from './bridge-routes.js';
import { serveStatic } from './static-files.js';

export interface PreviewServerOptions {
  services: Pick<MainServices, 'dispatch' | 'onEvent'>;
  /** The built renderer (dist/renderer). */
  rendererDir: string;
  /** The bundled bridge client script. */
  bridgeClient: string;
  /** 0 (default) picks a free port. */
  port?: number;
}

export interface PreviewServer {
  /** The page to open, carrying the bridge token: http://127.0.0.1:<port>/?t=… */
  url: string;
  origin: string;
  token: string;
  close(): Promise<void>;
}

const securityHeaders = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

/**
 * The preview's HTTP server on 127.0.0.1: the renderer's files with the app's CSP, and the
 * bridge, which wants the random token on every call and a Host header naming this very
 * address (a page on another name that resolves here — DNS rebinding — gets 403).
 */
export async function startPreviewServer(options: PreviewServerOptions): Promise<PreviewServer> {
  const token = randomBytes(32).toString('base64url');
  const events = createEventStream(options.services);
  let expectedHost = '';

  async function route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    for (const [name, value] of Object.entries(securityHeaders)) response.setHeader(name, value);
    if (request.headers.host !== expectedHost)
      return sendJson(response, 403, fail('forbidden_sender'));
    const url = new URL(request.url ?? '/', `http://${expectedHost}`);
    if (url.pathname === BRIDGE_INVOKE_PATH || url.pathname === BRIDGE_EVENTS_PATH) {
      const isEvents = url.pathname === BRIDGE_EVENTS_PATH;
      const presented = isEvents ? url.searchParams.get('t') : tokenFromHeader(request);
      const check = checkToken(presented, token);
      if (check !== 'ok')
        return sendJson(response, check === 'missing' ? 401 : 403, fail('forbidden_sender'));
      if (!isEvents) return handleInvoke(request, response, options.services);
      if (request.method !== 'GET') return sendJson(response, 405, fail('invalid_input'));
      return events.open(response);
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return sendJson(response, 405, fail('invalid_input'));
    }
    if (url.pathname === BRIDGE_CLIENT_PATH) {
      response
        .writeHead(200, {
          'content-type': 'text/javascript; charset=utf-8',
          'cache-control': 'no-store',
        })
        .end(options.bridgeClient);
      return;
    }
    await serveStatic(options.rendererDir, url.pathname, response);
  }

  const server = createServer((request, response) => {
    route(request, response).catch(() => {
      if (!response.headersSent) sendJson(response, 500, fail('internal'));
      else response.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  expectedHost = `127.0.0.1:${port}`;
  const origin = `http://${expectedHost}`;

  return {
    url: `${origin}/?t=${token}`,
    origin,
    token,
    close: async () => {
      events.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
