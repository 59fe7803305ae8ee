import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createCentralClient } from '../../../electron/services/central-client.js';
import { CentralError } from '../../../electron/services/central-error.js';

type Reply = (req: IncomingMessage, res: ServerResponse) => void;

/** A real HTTP server whose answer each test chooses: for answers the central service never gives. */
describe('central client against odd answers', () => {
  let server: Server;
  let reply: Reply = (_req, res) => res.end('{}');
  const seen: {
    method?: string;
    url?: string;
    headers: IncomingMessage['headers'];
    body: string;
  }[] = [];
  let baseUrl: string;

  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += String(c)));
      req.on('end', () => {
        seen.push({ method: req.method, url: req.url, headers: req.headers, body });
        reply(req, res);
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    baseUrl = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });
  afterAll(() => {
    server.closeAllConnections();
    return new Promise<void>((r) => server.close(() => r()));
  });

  const client = (timeoutMs = 2000) =>
    createCentralClient({ baseUrl: `${baseUrl}/`, fetch, deviceToken: 'tok-1', timeoutMs });
  const json =
    (status: number, body: unknown): Reply =>
    (_req, res) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };

  it('sends the device token, the session token and the pull query', async () => {
    reply = json(200, { changes: [], cursor: 'c2', hasMore: false, total: 0 });
    seen.length = 0;
    expect(await client().pull({ cursor: 'c1', limit: 50, withTotal: true })).toEqual({
      changes: [],
      cursor: 'c2',
      hasMore: false,
      total: 0,
    });
    await client().pull({ cursor: null, limit: 10, withTotal: false });
    reply = json(200, {});
    await client().signOut('sess-9');
    expect(seen.map((s) => [s.method, s.url])).toEqual([
      ['GET', '/api/v1/sync/pull?limit=50&cursor=c1&withTotal=1'],
      ['GET', '/api/v1/sync/pull?limit=10'],
      ['POST', '/api/v1/auth/sign-out'],
    ]);
    expect(seen[0]?.headers.authorization).toBe('Device tok-1');
    expect(seen[2]?.headers['x-session-token']).toBe('sess-9');
  });

  it.each([
    [401, 'invalid_credentials', 'signIn', 'invalid_credentials'],
    [423, 'account_locked', 'signIn', 'account_locked'],
    [429, 'rate_limited', 'signIn', 'account_locked'],
    [401, 'unauthorized', 'pull', 'not_enrolled'],
    [403, 'device_revoked', 'pull', 'not_enrolled'],
    [401, 'unauthorized', 'accountBundle', 'not_signed_in'],
    [404, 'not_found', 'accountBundle', 'not_found'],
    [500, 'internal', 'pull', 'central_error'],
    [502, null, 'pull', 'central_error'],
  ] as const)('maps %i %s from %s to %s', async (status, centralCode, call, expected) => {
    reply = centralCode
      ? json(status, { error: { code: centralCode, message: 'Сообщение' } })
      : (_req, res) => {
          res.writeHead(status, { 'content-type': 'text/html' });
          res.end('<html>Bad gateway</html>');
        };
    const c = client();
    const attempt =
      call === 'signIn'
        ? c.signIn('a', 'b')
        : call === 'pull'
          ? c.pull({ cursor: null, limit: 1, withTotal: false })
          : c.accountBundle('s', 1);
    const error = await attempt.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CentralError);
    expect(error).toMatchObject({ code: expected, status, centralCode });
  });

  it('refuses a 200 answer that does not match the schema', async () => {
    reply = json(200, {
      changes: [{ op: 'upsert', entity: 'account', row: { id: 'one' } }],
      cursor: 'x',
      hasMore: false,
      total: null,
    });
    await expect(client().pull({ cursor: null, limit: 1, withTotal: false })).rejects.toMatchObject(
      { code: 'central_error' },
    );
    reply = (_req, res) => res.end('not json');
    await expect(client().signIn('a', 'b')).rejects.toMatchObject({ code: 'central_error' });
  });

  it('gives up on a silent service after its timeout: central_unreachable', async () => {
    reply = () => {}; // never answers
    await expect(
      client(150).pull({ cursor: null, limit: 1, withTotal: false }),
    ).rejects.toMatchObject({
      code: 'central_unreachable',
    });
  });

  it('honours a caller abort', async () => {
    reply = () => {};
    const abort = new AbortController();
    const pending = client().pull({ cursor: null, limit: 1, withTotal: false }, abort.signal);
    abort.abort();
    await expect(pending).rejects.toMatchObject({ code: 'central_unreachable' });
  });
});
