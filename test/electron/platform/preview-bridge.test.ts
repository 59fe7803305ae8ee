import { EventEmitter } from 'node:events';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { CONTENT_SECURITY_POLICY } from '../../../shared/security/content-security-policy.js';
import {
  startPreviewServer,
  type PreviewServer,
} from '../../../electron/preview/preview-server.js';
import { startPreview } from '../../../electron/preview/start-preview.js';
import { createMainServices, type MainServices } from '../../../electron/services/main-services.js';
import { createFileSecretStore } from '../../../electron/services/secret-store.js';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw HTTP request, so the test controls every header (Host included). */
function send(
  server: PreviewServer,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Reply> {
  const { port } = new URL(server.origin);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: options.method ?? 'GET',
        headers: options.headers ?? {},
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString(),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const invoke = (server: PreviewServer, body: string, headers: Record<string, string> = {}) =>
  send(server, '/__bridge/invoke', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-kabinet-token': server.token, ...headers },
    body,
  });

const invalidInput = {
  ok: false,
  error: { code: 'invalid_input', messageKey: 'errors.invalid_input' },
};
const forbidden = {
  ok: false,
  error: { code: 'forbidden_sender', messageKey: 'errors.forbidden_sender' },
};

describe('preview bridge over HTTP on 127.0.0.1', () => {
  let dir: string;
  let services: MainServices;
  let server: PreviewServer;
  const events = new EventEmitter();

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kabinet-preview-'));
    const rendererDir = join(dir, 'renderer');
    mkdirSync(join(rendererDir, 'assets'), { recursive: true });
    writeFileSync(
      join(rendererDir, 'index.html'),
      '<!doctype html><html><head><title>t</title></head><body><div id="app"></div>\n' +
        '<script type="module" crossorigin src="./assets/app.js"></script></body></html>',
    );
    writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log("app");');
    writeFileSync(join(dir, 'secret.txt'), 'outside the renderer');
    mkdirSync(join(dir, 'data'));
    services = await createMainServices({
      userDataDir: join(dir, 'data'),
      secretStore: createFileSecretStore(join(dir, 'data', 'secrets.json')),
      appVersion: '0.0.0-test',
      deviceName: 'preview-test',
      centralUrl: 'http://127.0.0.1:9',
    });
    await services.start();
    server = await startPreviewServer({
      services: {
        dispatch: (method, input) => services.dispatch(method, input),
        onEvent: (listener) => {
          events.on('event', listener);
          return () => events.off('event', listener);
        },
      },
      rendererDir,
      bridgeClient: 'window.__bridgeLoaded = true;',
    });
  });

  afterAll(async () => {
    await server.close();
    await services.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('listens on 127.0.0.1 with a fresh random token in the URL', async () => {
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.url).toBe(`${server.origin}/?t=${server.token}`);
    expect(server.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const other = await startPreviewServer({
      services,
      rendererDir: join(dir, 'renderer'),
      bridgeClient: '',
    });
    expect(other.token).not.toBe(server.token);
    await other.close();
  });

  it('serves index.html with the CSP and the bridge script before the app module', async () => {
    const reply = await send(server, '/');
    expect(reply.status).toBe(200);
    expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    const bridgeAt = reply.body.indexOf('<script src="/__bridge/client.js"></script>');
    expect(bridgeAt).toBeGreaterThan(0);
    expect(bridgeAt).toBeLessThan(reply.body.indexOf('<script type="module"'));
    const client = await send(server, '/__bridge/client.js');
    expect(client.body).toBe('window.__bridgeLoaded = true;');
    expect(client.headers['content-type']).toMatch(/^text\/javascript/);
    expect((await send(server, '/assets/app.js')).body).toBe('console.log("app");');
  });

  it('never serves a file outside the renderer folder', async () => {
    for (const path of [
      '/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/assets/missing.js',
    ]) {
      const reply = await send(server, path);
      expect(reply.status, path).toBe(404);
      expect(reply.body).not.toContain('outside the renderer');
    }
  });

  it('answers a call without the token with 401, and with a wrong one with 403', async () => {
    const body = JSON.stringify({ method: 'app.getState', input: {} });
    const missing = await send(server, '/__bridge/invoke', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    expect(missing.status).toBe(401);
    expect(JSON.parse(missing.body)).toEqual(forbidden);
    const wrong = await invoke(server, body, {
      // Same length, last character changed (never to itself).
      'x-kabinet-token': `${server.token.slice(0, -1)}${server.token.endsWith('A') ? 'B' : 'A'}`,
    });
    expect(wrong.status).toBe(403);
    const short = await invoke(server, body, { 'x-kabinet-token': 'x' });
    expect(short.status).toBe(403);
    const inQuery = await send(server, `/__bridge/invoke?t=${server.token}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    expect(inQuery.status).toBe(401);
  });

  it('refuses a request whose Host is not this address (DNS rebinding) with 403', async () => {
    const { port } = new URL(server.origin);
    for (const host of [
      `localhost:${port}`,
      `evil.example:${port}`,
      '127.0.0.1',
      `127.0.0.1:${Number(port) + 1}`,
    ]) {
      const reply = await invoke(server, JSON.stringify({ method: 'app.getState', input: {} }), {
        host,
      });
      expect(reply.status, host).toBe(403);
      expect(JSON.parse(reply.body)).toEqual(forbidden);
      expect((await send(server, '/', { headers: { host } })).status).toBe(403);
    }
  });

  it('answers malformed requests with 400 and an invalid_input value', async () => {
    for (const body of [
      '{not json',
      '',
      '[]',
      'null',
      '"app.getState"',
      JSON.stringify({ method: 7, input: {} }),
      JSON.stringify({ input: {} }),
    ]) {
      const reply = await invoke(server, body);
      expect(reply.status, body).toBe(400);
      expect(JSON.parse(reply.body)).toEqual(invalidInput);
    }
    const wrongType = await invoke(server, '{}', { 'content-type': 'text/plain' });
    expect(wrongType.status).toBe(415);
    const tooLarge = await invoke(
      server,
      JSON.stringify({ method: 'app.getState', input: { pad: 'x'.repeat(300_000) } }),
    );
    expect(tooLarge.status).toBe(413);
  });

  it('returns the dispatcher Result as JSON: values for errors, never a stack', async () => {
    const state = await invoke(server, JSON.stringify({ method: 'app.getState', input: {} }));
    expect(state.status).toBe(200);
    expect(JSON.parse(state.body)).toMatchObject({
      ok: true,
      value: { version: '0.0.0-test', enrolled: false },
    });
    const unknown = JSON.parse(
      (await invoke(server, JSON.stringify({ method: 'fs.readFile', input: {} }))).body,
    );
    expect(unknown).toEqual({
      ok: false,
      error: { code: 'unknown_method', messageKey: 'errors.unknown_method' },
    });
    const bad = await invoke(
      server,
      JSON.stringify({ method: 'session.signIn', input: { login: '', password: 1 } }),
    );
    expect(bad.status).toBe(200);
    expect(JSON.parse(bad.body)).toEqual(invalidInput);
  });

  it('streams service events to a page holding the token, and only to it', async () => {
    expect((await send(server, '/__bridge/events')).status).toBe(401);
    expect((await send(server, '/__bridge/events?t=wrong')).status).toBe(403);
    const { port } = new URL(server.origin);
    const received = await new Promise<string>((resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port, path: `/__bridge/events?t=${server.token}` },
        (res) => {
          expect(res.headers['content-type']).toMatch(/^text\/event-stream/);
          let text = '';
          res.on('data', (chunk: Buffer) => {
            text += chunk.toString();
            if (text.includes(': connected'))
              events.emit('event', 'session.ended', { reason: 'expired' });
            if (text.includes('data: ')) {
              req.destroy();
              resolve(text);
            }
          });
        },
      );
      req.on('error', reject);
      req.end();
    });
    expect(received).toContain(
      `data: ${JSON.stringify({ name: 'session.ended', payload: { reason: 'expired' } })}\n\n`,
    );
  });

  it('refuses to start without a renderer build, saying what to run', async () => {
    await expect(
      startPreview({ rendererDir: join(dir, 'no-build'), dataDir: join(dir, 'unused') }),
    ).rejects.toThrow(/node scripts\/build\.mjs renderer/);
  });
});
