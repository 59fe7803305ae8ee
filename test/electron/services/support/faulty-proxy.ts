import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FaultyProxy {
  url: string;
  /** While on, a push request is, at the given odds, forwarded and then answered badly. */
  setFaulty(on: boolean): void;
  faults(): { dropped: number; replaced: number };
  close(): Promise<void>;
}

/**
 * An HTTP proxy on 127.0.0.1 in front of the central service. When faulty, a chosen push
 * request still reaches the central service (which commits it); then the proxy either drops the
 * client's connection without an answer or answers 500 instead of the real answer.
 */
export async function startFaultyProxy(
  target: string,
  random: () => number,
  odds = 0.3,
): Promise<FaultyProxy> {
  const upstream = new URL(target);
  let faulty = false;
  const counts = { dropped: 0, replaced: 0 };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const isPush = req.method === 'POST' && req.url === '/api/v1/sync/push';
      const fault =
        faulty && isPush && random() < odds ? (random() < 0.5 ? 'drop' : 'replace') : null;
      const forwarded = httpRequest(
        {
          host: upstream.hostname,
          port: upstream.port,
          method: req.method,
          path: req.url,
          headers: { ...req.headers, host: upstream.host },
        },
        (answer) => {
          const answerChunks: Buffer[] = [];
          answer.on('data', (chunk: Buffer) => answerChunks.push(chunk));
          answer.on('end', () => {
            if (fault === 'drop') {
              counts.dropped += 1;
              req.socket.destroy();
            } else if (fault === 'replace') {
              counts.replaced += 1;
              res.writeHead(500, { 'content-type': 'application/json' });
              res.end(JSON.stringify({ error: { code: 'internal', message: 'Сбой прокси.' } }));
            } else {
              res.writeHead(answer.statusCode ?? 502, answer.headers);
              res.end(Buffer.concat(answerChunks));
            }
          });
        },
      );
      forwarded.on('error', () => req.socket.destroy());
      forwarded.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    setFaulty: (on) => (faulty = on),
    faults: () => ({ ...counts }),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
